using Coordination.Core.Requests;
using Coordination.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class MeetingSlotConfiguration : IEntityTypeConfiguration<MeetingSlot>
{
    public void Configure(EntityTypeBuilder<MeetingSlot> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.Length);
        builder.Ignore(s => s.Label);
        builder.Ignore(s => s.StartLabel);
        builder.HasOne<CoordinationRequest>().WithMany(r => r.MeetingSlots).HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);

        // A press names a slot by its number within the request.
        builder.HasIndex(s => new { s.RequestId, s.Number }).IsUnique();
    }
}
