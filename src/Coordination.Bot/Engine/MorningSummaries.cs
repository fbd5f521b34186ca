using System.Globalization;
using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

/// <summary>
/// Sends each person whose working morning has begun (in their own zone, inside the delivery window) one direct
/// message of what waits on them and what they wait on. Each person's day is claimed with a conditional update in the
/// same transaction as the outbox row, so two instances, or a run cut short, never send it twice or lose it.
/// </summary>
public sealed class MorningSummaries(CoordinationDbContext db, FollowUpSchedule schedule, TimeProvider time, ILogger<MorningSummaries> logger)
{
    public const int BatchSize = 500;

    /// <summary>Sends the summaries due now; returns how many were queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var workspace in await db.Workspaces.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken))
        {
            sent += await RunAsync(workspace, now, cancellationToken);
        }

        if (sent > 0)
        {
            Log.MorningSummariesSent(logger, sent);
        }

        return sent;
    }

    /// <summary>One workspace, a page of people at a time.</summary>
    private async Task<int> RunAsync(Workspace workspace, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sent = 0;
        var after = string.Empty;
        while (true)
        {
            var page = await db.SummaryCandidatesAsync(workspace.Id, now, after, BatchSize, cancellationToken);
            var due = page
                .Select(person => (Person: person, Day: MorningSummaryDay.DueOn(now, schedule.CalendarOf(person), schedule.Policy.DeliveryWindow, person.LastSummaryOn)))
                .Where(d => d.Day is not null)
                .ToList();
            if (due.Count > 0)
            {
                sent += await SendAsync(workspace, due.ConvertAll(d => (d.Person, d.Day!.Value)), now, cancellationToken);
            }

            if (page.Count < BatchSize)
            {
                return sent;
            }

            after = page[^1].PlatformUserId;
        }
    }

    private async Task<int> SendAsync(Workspace workspace, List<(Person Person, DateOnly Day)> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = due.ConvertAll(d => d.Person.Id);
        var onYou = await db.WaitingOnAsync(ids, cancellationToken);
        var onOthers = await db.AskedByAsync(ids, cancellationToken);
        var sent = 0;
        foreach (var (person, day) in due)
        {
            List<WaitingOnYou> waiting = [.. onYou[person.Id]];
            List<YouAreWaitingOn> asked = [.. onOthers[person.Id]];
            if (MorningSummary.HasContent(waiting, asked))
            {
                var message = MorningSummary.Compose(workspace, person, waiting, asked, now, schedule);
                sent += await ClaimAndQueueAsync(person, day, message, now, cancellationToken) ? 1 : 0;
            }
        }

        return sent;
    }

    /// <summary>
    /// Marks <paramref name="day"/> as sent for the person, if no one has yet and they still want it, and queues the
    /// message in the same transaction. A second instance's claim finds the day taken and updates nothing.
    /// </summary>
    private async Task<bool> ClaimAndQueueAsync(Person person, DateOnly day, OutgoingMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.People
            .Where(p => p.Id == person.Id && !p.MorningSummaryOff && (p.AwayUntil == null || p.AwayUntil <= now))
            .Where(p => p.LastSummaryOn == null || p.LastSummaryOn < day)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.LastSummaryOn, day), cancellationToken);
        if (claimed == 0)
        {
            Log.MorningSummaryAlreadyClaimed(logger, person.DisplayName, day);
            return false;
        }

        try
        {
            db.QueueMessage(message, $"summary:{person.Id}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", now);
            await db.SaveWithOutboxAsync(now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The day's row is already in the outbox: it went out once, which is all that matters.
            Log.MorningSummaryAlreadyClaimed(logger, person.DisplayName, day);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
