using System.Globalization;
using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Delivery;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using static Coordination.Bot.Cli.DemoCast;

namespace Coordination.Bot.Cli;

/// <summary>The demo's script: an ask on Thursday afternoon, one answer, one silence, and what the rule does about it.</summary>
internal sealed class DemoWeek(IServiceProvider services, SimulatedClock clock, TextWriter output)
{
    private static readonly DateTimeOffset BobAnswers = new(2026, 11, 27, 15, 15, 0, TimeSpan.Zero);
    private readonly HashSet<Guid> _printed = [];

    public async Task PlayAsync(CancellationToken cancellationToken)
    {
        await DemoServices.MigrateAsync(services, cancellationToken);
        await output.WriteLineAsync("Coordination demo: one week of the 48-hour rule on simulated time (real engine, temporary SQLite).");
        await output.WriteLineAsync(string.Join("; ", Everyone.Select(p => $"{p.Ref.DisplayName} ({p.TimeZone}, {p.Role})")) + ".");
        await output.WriteLineAsync("Defaults: 48 h window, weekends not counted, messages held for 09:00-12:00 on the recipient's weekdays.\n");
        foreach (var person in Everyone)
        {
            await SendAsync(new SetTimeZoneCommand(As(person), person.TimeZone), cancellationToken);
        }

        await SendAsync(new SetLeadCommand(As(Carol), Dan.Ref), cancellationToken);
        await SendAsync(new AskCommand(As(Alice), "Review the rollout plan for the payments migration", [Bob.Ref, Carol.Ref]), cancellationToken);
        await DeliverAsync(cancellationToken);

        var bobPending = true;
        for (var next = await NextEventAsync(cancellationToken); next is { } at; next = await NextEventAsync(cancellationToken))
        {
            if (bobPending && BobAnswers <= at)
            {
                clock.MoveTo(BobAnswers);
                await BobRepliesAsync(cancellationToken);
                bobPending = false;
                continue;
            }

            clock.MoveTo(at);
            await SweepAsync(cancellationToken);
            await DeliverAsync(cancellationToken);
        }

        await output.WriteLineAsync("\nThe paper trail (`status CR-1`):");
        var status = await SendAsync(new StatusCommand(As(Alice), 1), cancellationToken);
        await output.WriteLineAsync(ChatText.WithoutDates(status.Text));
    }

    private async Task BobRepliesAsync(CancellationToken cancellationToken)
    {
        var thread = await WithScopeAsync(sp => sp.GetRequiredService<CoordinationDbContext>().Requests.Select(r => r.ThreadId).SingleAsync(cancellationToken));
        await SendAsync(new ThreadReplyCommand(As(Bob, Channel with { ThreadId = thread })), cancellationToken);
        Print(clock.GetUtcNow(), Bob.Ref.PlatformUserId, $"{Channel.Channel} (thread)", "response", "@Bob: Looks good; one question on the rollback step, answered inline.");
    }

    private async Task<DateTimeOffset?> NextEventAsync(CancellationToken cancellationToken) =>
        await WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoordinationDbContext>();
            var due = await db.Stakeholders.MinAsync(s => s.NextActionAt, cancellationToken);
            var outbox = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending).MinAsync(m => (DateTimeOffset?)m.NextAttemptAt, cancellationToken);
            return new[] { due, outbox }.Min();
        });

    private Task<Reply> SendAsync(ChatCommand command, CancellationToken cancellationToken) =>
        WithScopeAsync(sp => sp.GetRequiredService<CommandHandler>().HandleAsync(command, cancellationToken));

    private Task<SweepResult> SweepAsync(CancellationToken cancellationToken) =>
        WithScopeAsync(sp => sp.GetRequiredService<FollowUpSweep>().RunAsync(cancellationToken));

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        await WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(cancellationToken));

        var delivered = await WithScopeAsync(sp => sp.GetRequiredService<CoordinationDbContext>().OutboxMessages
            .AsNoTracking().Where(m => m.Status == OutboxStatus.Delivered).ToListAsync(cancellationToken));
        foreach (var row in delivered.Where(m => _printed.Add(m.Id)).OrderBy(m => m.DeliveredAt).ThenBy(m => m.CreatedAt))
        {
            var message = row.ReadMessage();
            var reader = message.Mentions.Count > 0 ? message.Mentions[0].PlatformUserId : Alice.Ref.PlatformUserId;
            var where = message.Destination.Kind == DestinationKind.Direct ? $"DM to @{message.Mentions[0].DisplayName}" : message.Destination.ThreadId is null ? message.Destination.Address : $"{message.Destination.Address} (thread)";
            Print(row.DeliveredAt!.Value, reader, where, EventName(row.DeduplicationKey), message.PlainText());
        }
    }

    private void Print(DateTimeOffset at, string readerId, string where, string name, string text)
    {
        var zone = ZoneOf(readerId);
        var local = TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
        output.WriteLine($"{local,-16} {zone.Id,-20} {where,-20} {name,-16} {text.ReplaceLineEndings(" ")}");
    }

    private static string EventName(string deduplicationKey) => deduplicationKey.Split(':')[0] switch
    {
        "proceed" => "proceed-notice",
        "escalation" => "escalation",
        "escalation-note" => "escalation note",
        var other => other,
    };

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

}
