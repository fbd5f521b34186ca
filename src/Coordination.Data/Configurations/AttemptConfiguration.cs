using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class AttemptConfiguration : IEntityTypeConfiguration<Attempt>
{
    public void Configure(EntityTypeBuilder<Attempt> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Where).HasMaxLength(300);
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.Property(a => a.NotSentReason).HasMaxLength(Attempt.MaxNotSentReasonLength);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(a => a.StakeholderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.RequestId, a.At });

        // The same nudge or escalation can never be recorded twice for a stakeholder.
        builder.HasIndex(a => new { a.StakeholderId, a.Number }).IsUnique();
    }
}
