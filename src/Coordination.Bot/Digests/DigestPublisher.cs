using Coordination.Bot.Engine;
using Coordination.Bot.Webhooks;
using Coordination.Core.Chat;
using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Digests;

/// <summary>
/// Posts the weekly digest of each workspace that has a channel for it, once a week, in the workspace's zone. What is
/// due is worked out from the schedule each time the check runs, so a digest missed while the bot was down goes out
/// when it is back; the run is recorded with its post in one transaction, and a second instance's record for the
/// same week meets the unique key and stands down. A workspace with nothing asked before a digest was due gets none.
/// </summary>
public sealed class DigestPublisher(
    CoordinationDbContext db,
    DigestMetrics metrics,
    PatternFinder patterns,
    DigestPlan plan,
    TimeProvider time,
    ILogger<DigestPublisher> logger)
{
    /// <summary>Posts every digest due and not yet posted; the number posted.</summary>
    public async Task<int> PostDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var fallback = plan.DefaultChannel;
        var workspaces = await db.Workspaces.AsNoTracking().Where(w => w.DigestChannel != null || fallback != null).ToListAsync(cancellationToken);
        var posted = 0;
        foreach (var workspace in workspaces)
        {
            if (await PostIfDueAsync(workspace, now, cancellationToken))
            {
                posted++;
            }
        }

        return posted;
    }

    /// <inheritdoc cref="DigestPlan.ChannelOf"/>
    public string? ChannelOf(Workspace workspace) => plan.ChannelOf(workspace);

    /// <inheritdoc cref="DigestPlan.ZoneOf"/>
    public TimeZoneInfo ZoneOf(Workspace workspace) => plan.ZoneOf(workspace);

    /// <inheritdoc cref="DigestPlan.LastDue"/>
    public DateTimeOffset? LastDue(Workspace workspace, DateTimeOffset now) => plan.LastDue(workspace, now);

    /// <summary>
    /// Adds the digest of the seven days to <paramref name="end"/> to the unit of work: its run (with
    /// <paramref name="week"/> when scheduled) and its post, to commit together.
    /// </summary>
    public async Task<DigestRun> QueueAsync(Workspace workspace, string channel, string? week, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var found = await patterns.FindAsync(workspace, end, lead: null, channel => ChatText.Channel(workspace.Platform, channel), cancellationToken);
        var report = await metrics.ComputeAsync(workspace.Id, end, cancellationToken) with
        {
            Patterns = [.. found.Findings.Where(f => f.IsPublic).Take(DigestText.MaxPatterns).Select(f => f.Text)],
        };
        var run = DigestRun.Post(workspace.Id, week, end, channel, now);
        var message = new OutgoingMessage(
            workspace.Platform, workspace.ExternalId, MessageDestination.InThread(new ThreadRef(channel, null)),
            DigestText.Compose(report, ZoneOf(workspace)), [], MessageButton.ForDigest(run.Id))
        {
            File = new MessageFile($"coordination-digest-{week ?? end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.png", MessageFile.Png, DigestChart.Render(report.Weeks), "Success rate and open requests, last 8 weeks"),
        };
        db.DigestRuns.Add(run);
        WebhookEvents.NoteDigest(run, report);
        db.QueueMessage(message, $"digest:{run.Id}", now);
        return run;
    }

    private async Task<bool> PostIfDueAsync(Workspace workspace, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ChannelOf(workspace) is not { } channel || LastDue(workspace, now) is not { } due)
        {
            return false;
        }

        var week = DigestSchedule.WeekOf(due, ZoneOf(workspace));
        if (await db.DigestRuns.AnyAsync(d => d.WorkspaceId == workspace.Id && d.Week == week, cancellationToken)
            || !await db.Requests.AnyAsync(r => r.WorkspaceId == workspace.Id && r.AskedAt < due, cancellationToken))
        {
            return false;
        }

        await QueueAsync(workspace, channel, week, due, cancellationToken);
        try
        {
            await db.SaveWithOutboxAsync(now, cancellationToken);
            Log.DigestPosted(logger, workspace.Platform, workspace.ExternalId, week);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance recorded this week's digest first: it posts it.
            Log.DigestAlreadyPosted(logger, workspace.Platform, workspace.ExternalId, week);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
