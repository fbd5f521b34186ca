using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;

namespace Coordination.Data.Tests;

/// <summary>The outbox row's payload: the <see cref="OutgoingMessage"/> as JSON, read back whole.</summary>
public sealed class OutboxMessageTests
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ReadMessage_MessageWithAFile_SameFile()
    {
        var sent = Message(new MessageFile("requests.csv", MessageFile.Csv, "key,status\nCR-1,open\n"u8.ToArray(), "Open requests"));

        var read = OutboxMessage.From(new PendingMessage(sent, "export:1", null, null), null, Now).ReadMessage();

        AssertSameFile(sent.File!, read.File);
    }

    [Fact]
    public void ReadMessage_MessageWithoutAFile_NoFile()
    {
        var read = OutboxMessage.From(new PendingMessage(Message(null), "plain:1", null, null), null, Now).ReadMessage();

        Assert.Null(read.File);
    }

    [Fact]
    public void MarkDelivered_MessageShowingASecret_StoredCopyNoLongerHoldsIt()
    {
        var row = OutboxMessage.From(new PendingMessage(Message(null) with { Text = "Your token: `coord_s3cret`", ShowsSecret = true }, "token:1", null, null), null, Now);

        row.MarkDelivered(Now, "1.1");

        Assert.DoesNotContain("coord_s3cret", row.Payload, StringComparison.Ordinal);
        Assert.Equal(OutboxMessage.SecretRemoved, row.ReadMessage().Text);
    }

    [Fact]
    public void Park_MessageShowingASecret_StoredCopyNoLongerHoldsIt()
    {
        var row = OutboxMessage.From(new PendingMessage(Message(null) with { Text = "whsec_abc", ShowsSecret = true }, "hook:1", null, null), null, Now);

        row.Park("channel_not_found");

        Assert.DoesNotContain("whsec_abc", row.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkDelivered_OrdinaryMessage_PayloadKept()
    {
        var row = OutboxMessage.From(new PendingMessage(Message(null), "plain:2", null, null), null, Now);

        row.MarkDelivered(Now, "1.2");

        Assert.Equal("Weekly digest", row.ReadMessage().Text);
    }

    internal static OutgoingMessage Message(MessageFile? file) =>
        new(ChatPlatform.Slack, "T1", MessageDestination.InThread(new ThreadRef("C1", null)), "Weekly digest", [], []) { File = file };

    internal static void AssertSameFile(MessageFile expected, MessageFile? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal((expected.Name, expected.ContentType, expected.Title), (actual.Name, actual.ContentType, actual.Title));
        Assert.Equal(expected.Content, actual.Content);
    }
}
