using Coordination.Bot.Digests;
using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Delivery;
using Coordination.Core.Chat;
using Coordination.Core.FollowUp;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// The local chat's fast-forward: moves the bot's clock ahead (an hour, to the next morning, 48 hours) and at once
/// runs what the jobs would run at the new time (the sweep, morning summaries, digests, delivery), so the whole
/// rule plays out in a minute. Only while no Slack or Teams workspace is connected.
/// </summary>
public sealed class FastForward(TimeProvider time, IEnumerable<IChatChannel> channels, FollowUpSchedule schedule, IServiceScopeFactory scopes)
{
    private const int MaxRounds = 5;

    public bool IsAvailable => time is ShiftableClock && channels.All(c => c.Platform == ChatPlatform.Local);

    /// <summary>How far the clock has been moved ahead of real time.</summary>
    public TimeSpan Offset => (time as ShiftableClock)?.Offset ?? TimeSpan.Zero;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>From now to the next start of the delivery window on the clock of <paramref name="zone"/>.</summary>
    public TimeSpan UntilNextMorning(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var now = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var morning = local.Date.AddDays(1) + schedule.Policy.DeliveryWindow.Start.ToTimeSpan();
        return new PersonCalendar(zone, WorkingDays.Weekdays).ToInstant(morning) - now;
    }

    /// <summary>Moves the clock by <paramref name="by"/> and runs the due work; false when fast-forward is off.</summary>
    public async Task<bool> AdvanceAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        if (!IsAvailable || time is not ShiftableClock clock)
        {
            return false;
        }

        // What is due now goes out at this time, before the jump, as it would have: windows count from its delivery.
        await InScopeAsync((OutboxDispatcher outbox) => outbox.DeliverDueAsync(cancellationToken));
        clock.Advance(by);
        await RunDueWorkAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// What the jobs do, now: a few rounds, since a delivered nudge can make the next step due. Each step has a scope
    /// of its own, as each job fire does, so none sees another's tracked rows.
    /// </summary>
    public async Task RunDueWorkAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var swept = await InScopeAsync((FollowUpSweep sweep) => sweep.RunAsync(cancellationToken));
            await InScopeAsync((MorningSummaries summaries) => summaries.RunAsync(cancellationToken));
            await InScopeAsync((DigestPublisher digests) => digests.PostDueAsync(cancellationToken));
            var delivered = await InScopeAsync((OutboxDispatcher outbox) => outbox.DeliverDueAsync(cancellationToken));
            if (swept.Claimed == 0 && delivered == 0)
            {
                return;
            }
        }
    }

    private async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
