using Coordination.Core.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coordination.Data.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Ignore(d => d.Key);
        builder.Ignore(d => d.Thread);
        builder.Property(d => d.Text).HasMaxLength(1000);
        builder.Property(d => d.Rationale).HasMaxLength(1000);
        builder.Property(d => d.OptionsConsidered).HasMaxLength(1000);
        builder.Property(d => d.TimeFromAsk).HasConversion<TimeSpanToTicksConverter>();
        builder.Property(d => d.Channel).HasMaxLength(200);
        builder.Property(d => d.ThreadId).HasMaxLength(100);
        builder.HasOne(d => d.DecidedBy).WithMany().HasForeignKey(d => d.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.NextSteps).WithOne().HasForeignKey(r => r.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.WorkspaceId, d.Number }).IsUnique();
        builder.HasIndex(d => d.RequestId);
        builder.HasIndex(d => new { d.WorkspaceId, d.DecidedAt });
    }
}
