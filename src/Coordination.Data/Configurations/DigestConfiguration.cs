using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class DigestRunConfiguration : IEntityTypeConfiguration<DigestRun>
{
    public void Configure(EntityTypeBuilder<DigestRun> builder)
    {
        builder.ToTable("DigestRuns");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Week).HasMaxLength(10);
        builder.Property(d => d.Channel).HasMaxLength(200);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(d => d.WorkspaceId).OnDelete(DeleteBehavior.Cascade);

        // The once-a-week guarantee: a second instance's insert for the same week meets this and stands down.
        builder.HasIndex(d => new { d.WorkspaceId, d.Week }).IsUnique();
    }
}

internal sealed class DigestVoteConfiguration : IEntityTypeConfiguration<DigestVote>
{
    public void Configure(EntityTypeBuilder<DigestVote> builder)
    {
        builder.ToTable("DigestVotes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<DigestRun>().WithMany().HasForeignKey(v => v.DigestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.DigestId, v.PersonId }).IsUnique();
    }
}
