using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>Two bot instances on one PostgreSQL database: nothing lost, nothing doubled.</summary>
[Collection(PostgresTests.Engine)]
public sealed class TwoInstanceScenarios(PostgresFixture server)
{
    private const int Requests = 60;

    private static readonly Dictionary<string, string?> PlainTimeline = new()
    {
        ["Coordination:CountWeekends"] = "true",
        ["Coordination:DeliveryWindow:Enabled"] = "false",
        ["Outbox:BatchSize"] = "25",
    };

    [Fact]
    public async Task TwoHosts_SweepAndDeliverTheSameDueRowsAtOnce_EachNudgeIsWrittenAndSentOnce()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(BotApp.Thursday);
        await using var first = new BotApp("Postgres", connectionString, clock, PlainTimeline);
        await using var second = new BotApp("Postgres", connectionString, clock, PlainTimeline);
        for (var i = 0; i < Requests; i++)
        {
            await first.SendAsync(new AskCommand(As(Alice), $"Question {i}", [Bob, Carol]));
        }

        await Task.WhenAll(first.DeliverAsync(), second.DeliverAsync());
        clock.Advance(TimeSpan.FromHours(48));

        var sweeps = await Task.WhenAll(first.SweepAsync(), second.SweepAsync(), first.SweepAsync(), second.SweepAsync());
        await Task.WhenAll(first.DeliverAsync(), second.DeliverAsync(), first.DeliverAsync(), second.DeliverAsync());

        Assert.Equal(Requests * 2, sweeps.Sum(s => s.Nudges));
        var nudges = await first.QueryAsync(db => db.Attempts.CountAsync(a => a.Kind == AttemptKind.Nudge));
        Assert.Equal(Requests * 2, nudges);
        var rows = await first.QueryAsync(db => db.OutboxMessages.CountAsync());
        Assert.Equal(rows, first.Chat.Messages.Count + second.Chat.Messages.Count);
        Assert.Equal(Requests * 2, first.Chat.Messages.Concat(second.Chat.Messages).Count(m => m.Message.Text.Contains("Attempt 2 of 3", StringComparison.Ordinal)));
    }
}
