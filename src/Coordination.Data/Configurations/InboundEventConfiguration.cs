using Coordination.Data.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class InboundEventConfiguration : IEntityTypeConfiguration<InboundEvent>
{
    public void Configure(EntityTypeBuilder<InboundEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.EventId).HasMaxLength(200);
        builder.Property(e => e.WorkspaceExternalId).HasMaxLength(100);
        builder.Property(e => e.LastError).HasMaxLength(InboundEvent.MaxErrorLength);
        builder.HasIndex(e => new { e.Platform, e.EventId }).IsUnique();
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
        builder.HasIndex(e => e.ReceivedAt);
    }
}
