using Coordination.Data.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class ReceivedMessageConfiguration : IEntityTypeConfiguration<ReceivedMessage>
{
    public void Configure(EntityTypeBuilder<ReceivedMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.WorkspaceExternalId).HasMaxLength(100);
        builder.Property(m => m.Channel).HasMaxLength(200);
        builder.Property(m => m.ThreadId).HasMaxLength(200);
        builder.Property(m => m.AuthorId).HasMaxLength(200);
        builder.Property(m => m.AuthorName).HasMaxLength(200);
        builder.Property(m => m.Text).HasMaxLength(ReceivedMessage.MaxTextLength);
        builder.HasIndex(m => new { m.Platform, m.WorkspaceExternalId, m.Channel, m.ThreadId, m.At });
    }
}
