using Coordination.Core.Requests;
using Coordination.Data.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Key).HasMaxLength(20);
        builder.Property(e => e.Url).HasMaxLength(WebhookEndpoint.MaxUrlLength);
        builder.Property(e => e.Events).HasMaxLength(500);
        builder.Property(e => e.EncryptedSecret).HasMaxLength(4000);
        builder.Property(e => e.LastFailure).HasMaxLength(WebhookEndpoint.MaxFailureLength);
        builder.Ignore(e => e.EventTypes);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(e => e.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.WorkspaceId, e.Key }).IsUnique();
        builder.HasIndex(e => new { e.WorkspaceId, e.Enabled });
    }
}
