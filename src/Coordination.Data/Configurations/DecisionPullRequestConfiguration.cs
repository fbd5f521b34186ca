using Coordination.Core.Decisions;
using Coordination.Core.Requests;
using Coordination.Core.Trackers;
using Coordination.Data.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class DecisionPullRequestConfiguration : IEntityTypeConfiguration<DecisionPullRequest>
{
    public void Configure(EntityTypeBuilder<DecisionPullRequest> builder)
    {
        builder.ToTable("DecisionPullRequests");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Repository).HasMaxLength(200);
        builder.Property(p => p.Url).HasMaxLength(500);
        builder.Property(p => p.Path).HasMaxLength(300);
        builder.HasOne<Decision>().WithMany().HasForeignKey(p => p.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.OpenedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.DecisionId);
    }
}
