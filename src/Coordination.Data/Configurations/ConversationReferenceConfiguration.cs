using Coordination.Data.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReference>
{
    public void Configure(EntityTypeBuilder<ConversationReference> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.WorkspaceExternalId).HasMaxLength(100);
        builder.Property(c => c.ConversationId).HasMaxLength(300);
        builder.Property(c => c.ConversationType).HasMaxLength(50);
        builder.Property(c => c.TeamId).HasMaxLength(300);
        builder.Property(c => c.ServiceUrl).HasMaxLength(500);
        builder.HasIndex(c => new { c.Platform, c.WorkspaceExternalId, c.ConversationId }).IsUnique();
        builder.HasIndex(c => new { c.Platform, c.WorkspaceExternalId, c.UpdatedAt });
    }
}
