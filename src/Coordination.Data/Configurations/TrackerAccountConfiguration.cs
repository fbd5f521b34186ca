using Coordination.Core.Decisions;
using Coordination.Core.Requests;
using Coordination.Core.Trackers;
using Coordination.Data.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class TrackerAccountConfiguration : IEntityTypeConfiguration<TrackerAccount>
{
    public void Configure(EntityTypeBuilder<TrackerAccount> builder)
    {
        builder.ToTable("TrackerAccounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Account).HasMaxLength(TrackerAccount.MaxAccountLength);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(a => a.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);

        // An account belongs to one person in a workspace, and a person has one account per tracker.
        builder.HasIndex(a => new { a.WorkspaceId, a.Tracker, a.Account }).IsUnique();
        builder.HasIndex(a => new { a.PersonId, a.Tracker }).IsUnique();
    }
}
