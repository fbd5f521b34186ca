using Coordination.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class OAuthStateConfiguration : IEntityTypeConfiguration<OAuthState>
{
    public void Configure(EntityTypeBuilder<OAuthState> builder)
    {
        builder.HasKey(s => s.StateHash);
        builder.Property(s => s.StateHash).HasMaxLength(OAuthState.HashLength).ValueGeneratedNever();
        builder.Property(s => s.BrowserHash).HasMaxLength(OAuthState.HashLength);
        builder.HasIndex(s => s.ExpiresAt);
    }
}
