using Coordination.Bot.Engine;
using Coordination.Core.Requests;
using Coordination.Core.Trackers;
using Coordination.Data;
using Coordination.Data.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Trackers;

/// <summary>What a verified delivery did.</summary>
public enum DeliveryOutcome
{
    /// <summary>It changed linked requests (resolved, answered, or a line in the trail).</summary>
    Applied,

    /// <summary>Nothing links its issue, or nothing changed.</summary>
    NothingLinked,

    /// <summary>The same delivery was acted on before.</summary>
    Duplicate,
}

/// <summary>
/// Acts on a verified tracker delivery: only the requests that linked that issue are touched, each through the domain,
/// and the change, its messages and the delivery's receipt are saved in one transaction, so a redelivery changes nothing.
/// </summary>
public sealed class TrackerDeliveries(CoordinationDbContext db, TimeProvider time, ILogger<TrackerDeliveries> logger)
{
    public Task<DeliveryOutcome> ApplyAsync(TrackerEvent change, string deliveryId, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(db, () => ApplyOnceAsync(change, deliveryId, cancellationToken), attempt => TrackerLog.DeliveryConflict(logger, change.Tracker, attempt));

    private async Task<DeliveryOutcome> ApplyOnceAsync(TrackerEvent change, string deliveryId, CancellationToken cancellationToken)
    {
        if (await db.Set<TrackerDelivery>().AnyAsync(d => d.Tracker == change.Tracker && d.DeliveryId == deliveryId, cancellationToken))
        {
            return DeliveryOutcome.Duplicate;
        }

        var now = time.GetUtcNow();
        var linked = db.Set<RequestLink>().Where(l => l.Tracker == change.Tracker && l.Key == change.Key).Select(l => l.RequestId);
        var requests = await db.Requests.Where(r => linked.Contains(r.Id)).IncludeRequestContext().ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var request in requests)
        {
            changed += await ApplyToAsync(request, change, now, cancellationToken) == ChangeResult.Applied ? 1 : 0;
        }

        db.Add(TrackerDelivery.Received(change.Tracker, deliveryId, now));
        await db.SaveWithOutboxAsync(now, cancellationToken);
        db.ChangeTracker.Clear();
        TrackerLog.DeliveryApplied(logger, change.Tracker, change.Kind, requests.Count, changed);
        return changed > 0 ? DeliveryOutcome.Applied : DeliveryOutcome.NothingLinked;
    }

    private async Task<ChangeResult> ApplyToAsync(CoordinationRequest request, TrackerEvent change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (change.Kind)
        {
            case TrackerEventKind.Resolves:
                return request.ResolveByTracker(change, now);
            case TrackerEventKind.Note:
                return request.NoteFromTracker(change.TrailNote, null, now);
            default:
                var accounts = change.Accounts.Select(TrackerAccount.Normalize).ToList();
                var personId = await db.Set<TrackerAccount>()
                    .Where(a => a.WorkspaceId == request.WorkspaceId && a.Tracker == change.Tracker && accounts.Contains(a.Account))
                    .Select(a => (Guid?)a.PersonId).FirstOrDefaultAsync(cancellationToken);
                var stakeholder = request.Stakeholders.FirstOrDefault(s => s.PersonId == personId && s.State != StakeholderState.Redirected);
                return stakeholder is null ? ChangeResult.NotAllowed : request.Respond(stakeholder.Person, AttemptKind.Response, now, change.TrailNote);
        }
    }
}
