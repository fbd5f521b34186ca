using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Coordination.Data.Bulk;

/// <summary>
/// What a follow-up sweep changes, read from the change tracker: new attempts and outbox rows, changed stakeholders
/// (with the version they were read at) and requests whose proceed-notice time was set. Anything else means the
/// changes are not a sweep's, and EF writes them as usual.
/// </summary>
internal sealed record SweepChanges(
    IReadOnlyList<Attempt> Attempts,
    IReadOnlyList<OutboxMessage> Outbox,
    IReadOnlyList<(Stakeholder Row, int ReadVersion)> Stakeholders,
    IReadOnlyList<CoordinationRequest> Requests)
{
    public int Count => Attempts.Count + Outbox.Count + Stakeholders.Count + Requests.Count;

    public static SweepChanges? From(ChangeTracker tracker)
    {
        List<Attempt> attempts = [];
        List<OutboxMessage> outbox = [];
        List<(Stakeholder, int)> stakeholders = [];
        List<CoordinationRequest> requests = [];
        foreach (var entry in tracker.Entries().Where(e => e.State != EntityState.Unchanged))
        {
            switch (entry.Entity, entry.State)
            {
                case (Attempt attempt, EntityState.Added):
                    attempts.Add(attempt);
                    break;
                case (OutboxMessage message, EntityState.Added):
                    outbox.Add(message);
                    break;
                case (Stakeholder stakeholder, EntityState.Modified):
                    stakeholders.Add((stakeholder, entry.Property(nameof(Stakeholder.Version)).OriginalValue is int version ? version : 0));
                    break;
                case (CoordinationRequest request, EntityState.Modified) when OnlyProceedNoticeChanged(entry):
                    requests.Add(request);
                    break;
                default:
                    return null;
            }
        }

        return new SweepChanges(attempts, outbox, stakeholders, requests);
    }

    private static bool OnlyProceedNoticeChanged(EntityEntry entry) =>
        entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(CoordinationRequest.ProceedNoticeAt));
}
