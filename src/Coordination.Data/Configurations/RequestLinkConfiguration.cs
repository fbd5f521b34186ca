using Coordination.Core.Decisions;
using Coordination.Core.Requests;
using Coordination.Core.Trackers;
using Coordination.Data.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class RequestLinkConfiguration : IEntityTypeConfiguration<RequestLink>
{
    public void Configure(EntityTypeBuilder<RequestLink> builder)
    {
        builder.ToTable("RequestLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Key).HasMaxLength(RequestLink.MaxKeyLength);
        builder.Property(l => l.Url).HasMaxLength(RequestLink.MaxUrlLength);
        builder.Ignore(l => l.Reference);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(l => l.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CoordinationRequest>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Cascade);

        // One link per issue per request; deliveries find the requests by the key.
        builder.HasIndex(l => new { l.RequestId, l.Tracker, l.Key }).IsUnique();
        builder.HasIndex(l => new { l.Tracker, l.Key });
    }
}
