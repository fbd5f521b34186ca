using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class OutboxConversationConfiguration : IEntityTypeConfiguration<OutboxConversation>
{
    public const int KeyLength = 300;

    public void Configure(EntityTypeBuilder<OutboxConversation> builder)
    {
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(KeyLength);
        builder.Property(c => c.Buckets).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
