using Coordination.Core.Decisions;
using Coordination.Core.Requests;
using Coordination.Core.Trackers;
using Coordination.Data.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class TrackerDeliveryConfiguration : IEntityTypeConfiguration<TrackerDelivery>
{
    public void Configure(EntityTypeBuilder<TrackerDelivery> builder)
    {
        builder.ToTable("TrackerDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.DeliveryId).HasMaxLength(TrackerDelivery.MaxDeliveryIdLength);

        // A redelivery meets this key, so it is acted on once however many instances receive it.
        builder.HasIndex(d => new { d.Tracker, d.DeliveryId }).IsUnique();
    }
}
