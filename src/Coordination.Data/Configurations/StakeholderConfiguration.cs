using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coordination.Data.Configurations;

internal sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.IsAwaitingAnswer);
        builder.Ignore(s => s.DeliveredAttempts);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.TimeToRespond).HasConversion<TimeSpanToTicksConverter>();
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);

        // The sweep reads due rows by this index only.
        builder.HasIndex(s => s.NextActionAt);
        builder.HasIndex(s => new { s.PersonId, s.State });

        // The digest's stalled and escalated counts: the few stakeholders in a state, and their requests.
        builder.HasIndex(s => new { s.State, s.AttemptCount, s.RequestId });

        // The digest's first-response rate: the stakeholders asked in a week.
        builder.HasIndex(s => s.AskedAt);
    }
}
