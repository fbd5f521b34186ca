using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class WorkspaceConfiguration : IEntityTypeConfiguration<Workspace>
{
    public void Configure(EntityTypeBuilder<Workspace> builder)
    {
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.ExternalId).HasMaxLength(100);
        builder.Property(w => w.LastRequestNumber).IsConcurrencyToken();
        builder.Property(w => w.DigestChannel).HasMaxLength(200);
        builder.Property(w => w.TimeZoneId).HasMaxLength(64);
        builder.HasIndex(w => new { w.Platform, w.ExternalId }).IsUnique();
    }
}
