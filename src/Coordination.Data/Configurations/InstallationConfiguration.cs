using Coordination.Data.Installations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class InstallationConfiguration : IEntityTypeConfiguration<Installation>
{
    public void Configure(EntityTypeBuilder<Installation> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ExternalId).HasMaxLength(100);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.BotUserId).HasMaxLength(100);
        builder.Property(i => i.EncryptedToken).HasMaxLength(4000);
        builder.Property(i => i.Scopes).HasMaxLength(1000);
        builder.Property(i => i.InstalledBy).HasMaxLength(100);
        builder.HasIndex(i => new { i.Platform, i.ExternalId }).IsUnique();
    }
}
