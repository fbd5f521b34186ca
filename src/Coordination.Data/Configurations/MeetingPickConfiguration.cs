using Coordination.Core.Requests;
using Coordination.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class MeetingPickConfiguration : IEntityTypeConfiguration<MeetingPick>
{
    public void Configure(EntityTypeBuilder<MeetingPick> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<CoordinationRequest>().WithMany(r => r.MeetingPicks).HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);

        // One pick per person per request: a double press changes nothing, a second press changes the pick.
        builder.HasIndex(p => new { p.RequestId, p.PersonId }).IsUnique();
    }
}
