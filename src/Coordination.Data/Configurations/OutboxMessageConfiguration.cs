using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.WorkspaceExternalId).HasMaxLength(100);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        builder.Property(m => m.ExternalMessageId).HasMaxLength(100);
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.Property(m => m.ConversationKey).HasMaxLength(OutboxConversationConfiguration.KeyLength);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });

        // A conversation's head: its lowest pending sequence.
        builder.HasIndex(m => new { m.ConversationKey, m.Status, m.Sequence });
    }
}
