using Coordination.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class SeenRequestConfiguration : IEntityTypeConfiguration<SeenRequest>
{
    public void Configure(EntityTypeBuilder<SeenRequest> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(SeenRequest.KeyLength).ValueGeneratedNever();
        builder.HasIndex(s => s.ExpiresAt);
    }
}
