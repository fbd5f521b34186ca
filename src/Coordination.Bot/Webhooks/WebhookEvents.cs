using System.Runtime.CompilerServices;
using Coordination.Core.Decisions;
using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Coordination.Core.Webhooks;
using Coordination.Data;
using Coordination.Data.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Coordination.Bot.Webhooks;

/// <summary>
/// Reads the webhook events of a unit of work from what it changed (a new request, a nudge or answer in the paper
/// trail, a decision, a digest) and turns each into a delivery for every enabled endpoint of its workspace that takes
/// it, to be saved in the same transaction. Without such an endpoint it costs one query, and none without events.
/// </summary>
public static class WebhookEvents
{
    private static readonly ConditionalWeakTable<DigestRun, DigestReport> Reports = new();

    /// <summary>Keeps the figures of a digest being posted, for its <c>digest.posted</c> event.</summary>
    public static void NoteDigest(DigestRun run, DigestReport report) => Reports.AddOrUpdate(run, report);

    /// <summary>Adds the deliveries of what <paramref name="db"/> tracks as changed, to be saved with it.</summary>
    public static async Task QueueAsync(CoordinationDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.AddRange(await CollectAsync(db, now, cancellationToken));

    /// <summary>The deliveries of what <paramref name="db"/> tracks as changed, not yet added (the sweep adds them after its bulk write).</summary>
    public static async Task<IReadOnlyList<WebhookDelivery>> CollectAsync(CoordinationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var events = Candidates(db.ChangeTracker).DistinctBy(e => (e.Type, e.Subject)).ToList();
        if (events.Count == 0)
        {
            return [];
        }

        var workspaceIds = events.Select(e => e.WorkspaceId).Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.Enabled && workspaceIds.Contains(e.WorkspaceId)).ToListAsync(cancellationToken);
        if (endpoints.Count == 0)
        {
            return [];
        }

        var workspaces = await db.Workspaces.AsNoTracking().Where(w => workspaceIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.ExternalId, cancellationToken);
        var deliveries = new List<WebhookDelivery>();
        foreach (var change in events)
        {
            var takers = endpoints.Where(e => e.WorkspaceId == change.WorkspaceId && e.Takes(change.Type)).ToList();
            if (takers.Count > 0)
            {
                var id = "evt_" + Guid.CreateVersion7(now).ToString("N");
                var body = WebhookBodies.Serialize(id, change.Type, now, workspaces[change.WorkspaceId], await ObjectOfAsync(db, change.Subject, cancellationToken));
                deliveries.AddRange(takers.Select(e => WebhookDelivery.Queue(e.Id, id, change.Type, body, now)));
            }
        }

        return deliveries;
    }

    private static IEnumerable<Change> Candidates(ChangeTracker tracker)
    {
        var requests = tracker.Entries<CoordinationRequest>().ToDictionary(e => e.Entity.Id, e => e.Entity);
        foreach (var entry in tracker.Entries().Where(e => e.State == EntityState.Added))
        {
            switch (entry.Entity)
            {
                case CoordinationRequest request:
                    yield return new Change(request.WorkspaceId, WebhookEventTypes.RequestCreated, request);
                    break;
                case Attempt attempt when TypeOf(attempt.Kind) is { } type && requests.TryGetValue(attempt.RequestId, out var request):
                    yield return new Change(request.WorkspaceId, type, request);
                    break;
                case Decision decision:
                    yield return new Change(decision.WorkspaceId, WebhookEventTypes.DecisionRecorded, decision);
                    break;
                case DigestRun digest:
                    yield return new Change(digest.WorkspaceId, WebhookEventTypes.DigestPosted, digest);
                    break;
            }
        }
    }

    private static string? TypeOf(AttemptKind kind) => kind switch
    {
        AttemptKind.Nudge => WebhookEventTypes.RequestNudged,
        AttemptKind.Escalation => WebhookEventTypes.RequestEscalated,
        AttemptKind.Response or AttemptKind.Acknowledge or AttemptKind.Done or AttemptKind.Decline => WebhookEventTypes.RequestAnswered,
        AttemptKind.Resolve => WebhookEventTypes.RequestResolved,
        AttemptKind.Cancel => WebhookEventTypes.RequestCancelled,
        _ => null,
    };

    private static async Task<object> ObjectOfAsync(CoordinationDbContext db, object subject, CancellationToken cancellationToken) => subject switch
    {
        CoordinationRequest request => WebhookBodies.Request(await LoadedAsync(db, request, cancellationToken)),
        Decision decision => WebhookBodies.Decision(decision),
        DigestRun digest => WebhookBodies.Digest(digest, Reports.TryGetValue(digest, out var report) ? report : null),
        _ => throw new ArgumentOutOfRangeException(nameof(subject)),
    };

    /// <summary>The request with all its stakeholders and their people, and its requester (a sweep loads only the due ones).</summary>
    private static async Task<CoordinationRequest> LoadedAsync(CoordinationDbContext db, CoordinationRequest request, CancellationToken cancellationToken)
    {
        var entry = db.Entry(request);
        if (entry.State != EntityState.Added)
        {
            await entry.Collection(r => r.Stakeholders).Query().Include(s => s.Person).LoadAsync(cancellationToken);
            await entry.Reference(r => r.Requester).LoadAsync(cancellationToken);
        }

        return request;
    }

    private sealed record Change(Guid WorkspaceId, string Type, object Subject);
}
