using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Tests;

/// <summary>Which conversations the dispatcher may lease: those whose oldest pending message is due, and that nobody holds.</summary>
public abstract class DueConversationsTests(ITestDatabase database) : DatabaseTests(database)
{
    private static readonly DateTimeOffset Now = Team.Thursday;

    /// <summary>Queues one message per channel name, in order, and returns the rows.</summary>
    private async Task<List<OutboxMessage>> QueueAsync(params string[] channels)
    {
        var rows = channels.Select((channel, i) => OutboxMessage.From(
            new PendingMessage(new OutgoingMessage(ChatPlatform.Slack, "T1", MessageDestination.InThread(new ThreadRef(channel, null)), $"m{i}", [], []), $"test:{Guid.NewGuid()}", null, null),
            null,
            Now)).ToList();
        await using var db = NewContext();
        db.OutboxMessages.AddRange(rows);
        await db.SaveChangesAsync();
        return rows;
    }

    private async Task ChangeAsync(Guid id, Action<OutboxMessage> change)
    {
        await using var db = NewContext();
        change(await db.OutboxMessages.SingleAsync(m => m.Id == id));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task DueConversations_DeliveredAndParkedHeads_TheNextPendingMessageLeadsEachConversation()
    {
        var rows = await QueueAsync("C-A", "C-B", "C-A", "C-C", "C-C");
        await ChangeAsync(rows[0].Id, m => m.MarkDelivered(Now, "1.1"));
        await ChangeAsync(rows[3].Id, m => m.Park("is_archived"));
        await using var db = NewContext();

        var due = await db.DueConversationsAsync(Now, 10, CancellationToken.None);

        Assert.Equal(["Slack/T1/C-B", "Slack/T1/C-A", "Slack/T1/C-C"], due);
    }

    [Fact]
    public async Task DueConversations_HeadWaitsForARetry_HoldsBackItsOwnConversationOnly()
    {
        var rows = await QueueAsync("C-A", "C-A", "C-B");
        await ChangeAsync(rows[0].Id, m => m.MarkFailed("ratelimited", Now.AddSeconds(30)));
        await using var db = NewContext();

        var during = await db.DueConversationsAsync(Now, 10, CancellationToken.None);
        var after = await db.DueConversationsAsync(Now.AddSeconds(30), 10, CancellationToken.None);

        Assert.Equal(["Slack/T1/C-B"], during);
        Assert.Equal(["Slack/T1/C-A", "Slack/T1/C-B"], after);
    }

    [Fact]
    public async Task DueConversations_LeasedOrHeld_SkippedUntilTheLeaseOrHoldEnds()
    {
        await QueueAsync("C-A", "C-B", "C-C");
        await using var db = NewContext();
        await db.EnsureOutboxConversationsAsync(["Slack/T1/C-A", "Slack/T1/C-B"], CancellationToken.None);
        await db.EnsureOutboxConversationsAsync(["Slack/T1/C-A", "Slack/T1/C-B"], CancellationToken.None);
        await db.OutboxConversations.Where(c => c.Key == "Slack/T1/C-A")
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LeaseOwner, Guid.NewGuid()).SetProperty(c => c.LeaseUntil, Now.AddMinutes(2)));
        await db.OutboxConversations.Where(c => c.Key == "Slack/T1/C-B")
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.NotBefore, Now.AddSeconds(1)));

        var during = await db.DueConversationsAsync(Now, 10, CancellationToken.None);
        var later = await db.DueConversationsAsync(Now.AddMinutes(2), 10, CancellationToken.None);

        Assert.Equal(["Slack/T1/C-C"], during);
        Assert.Equal(["Slack/T1/C-A", "Slack/T1/C-B", "Slack/T1/C-C"], later);
    }

    [Fact]
    public async Task DueConversations_MoreThanTheLimit_TheLongestWaitingFirst()
    {
        await QueueAsync("C-A", "C-B", "C-C");
        await using var db = NewContext();

        var due = await db.DueConversationsAsync(Now, 2, CancellationToken.None);

        Assert.Equal(["Slack/T1/C-A", "Slack/T1/C-B"], due);
    }

    [Fact]
    public void ConversationKey_ThreadsAndEphemeralsOfAChannelShareIt_DirectMessagesHaveTheirOwn()
    {
        static string Key(MessageDestination to) => new OutgoingMessage(ChatPlatform.Teams, "tenant", to, "x", [], []).ConversationKey();

        Assert.Equal("Teams/tenant/19:c@thread.tacv2", Key(new MessageDestination(DestinationKind.Thread, "19:c@thread.tacv2;messageid=42")));
        Assert.Equal("Teams/tenant/19:c@thread.tacv2", Key(MessageDestination.EphemeralTo(new ThreadRef("19:c@thread.tacv2", "42"), "29:bob")));
        Assert.Equal("Teams/tenant/@29:bob", Key(MessageDestination.DirectTo("29:bob")));
    }
}

public sealed class SqliteDueConversationsTests() : DueConversationsTests(new SqliteTestDatabase());

[Collection(PostgresTests.Name)]
public sealed class PostgresDueConversationsTests(PostgresFixture server) : DueConversationsTests(new PostgresTestDatabase(server));
