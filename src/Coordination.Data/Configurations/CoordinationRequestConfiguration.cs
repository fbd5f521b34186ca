using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coordination.Data.Configurations;

internal sealed class CoordinationRequestConfiguration : IEntityTypeConfiguration<CoordinationRequest>
{
    public void Configure(EntityTypeBuilder<CoordinationRequest> builder)
    {
        builder.ToTable("Requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Ignore(r => r.Key);
        builder.Ignore(r => r.Thread);
        builder.Ignore(r => r.PendingMessages);
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.Property(r => r.Channel).HasMaxLength(200);
        builder.Property(r => r.ThreadId).HasMaxLength(100);
        builder.Property(r => r.DefaultAction).HasMaxLength(500);
        builder.Property(r => r.TimeToClose).HasConversion<TimeSpanToTicksConverter>();
        builder.HasOne(r => r.Workspace).WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Requester).WithMany().HasForeignKey(r => r.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.EscalationTarget).WithMany().HasForeignKey(r => r.EscalationTargetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Stakeholders).WithOne(s => s.Request).HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Attempts).WithOne().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.WorkspaceId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.WorkspaceId, r.Channel, r.ThreadId });
        builder.HasIndex(r => new { r.WorkspaceId, r.Status });

        // The digest's windows: requests asked, and requests closed, in a week.
        builder.HasIndex(r => new { r.WorkspaceId, r.AskedAt });
        builder.HasIndex(r => new { r.WorkspaceId, r.ClosedAt });
    }
}
