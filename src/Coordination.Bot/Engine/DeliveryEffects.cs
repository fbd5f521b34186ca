using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

/// <summary>
/// What a delivery changes: the attempt is marked delivered, a nudge restarts the stakeholder's window from the
/// moment it arrived, and a request's first post becomes its thread.
/// </summary>
public sealed class DeliveryEffects(CoordinationDbContext db, FollowUpSchedule schedule)
{
    public Task ApplyAsync(IReadOnlyList<DeliveredMessage> delivered, DateTimeOffset at, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(db, () => TryApplyAsync(delivered, at, cancellationToken), _ => { });

    private async Task<bool> TryApplyAsync(IReadOnlyList<DeliveredMessage> delivered, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var attemptIds = delivered.Select(m => m.Row.AttemptId).OfType<Guid>().ToList();
        var threadStarters = delivered
            .Where(m => m.StartsThread && m.Row.ExternalMessageId is not null)
            .ToDictionary(m => m.Row.RequestId!.Value, m => m.Row.ExternalMessageId!);
        if (attemptIds.Count == 0 && threadStarters.Count == 0)
        {
            return false;
        }

        var attempts = await db.Attempts.Where(a => attemptIds.Contains(a.Id)).ToListAsync(cancellationToken);
        await RestartNudgeWindowsAsync(attempts.Where(a => a.Kind == AttemptKind.Nudge).ToList(), at, cancellationToken);
        foreach (var attempt in attempts)
        {
            attempt.MarkDelivered(at);
        }

        var requestIds = threadStarters.Keys.ToList();
        foreach (var request in await db.Requests.Where(r => requestIds.Contains(r.Id)).ToListAsync(cancellationToken))
        {
            request.AttachThread(threadStarters[request.Id]);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>
    /// What a message that could not be delivered at all changes: a request whose own post was refused is withdrawn
    /// (its requester told why); an escalation whose direct message was refused goes to the request's thread instead.
    /// </summary>
    public Task ApplyUndeliveredAsync(IReadOnlyList<OutboxMessage> parked, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var undelivered = parked
            .Where(m => m.RequestId is not null && (IsAsk(m) || IsEscalation(m)))
            .ToList();
        return undelivered.Count == 0
            ? Task.CompletedTask
            : ConflictRetry.RunAsync(db, () => ApplyUndeliveredOnceAsync(undelivered, at, cancellationToken), _ => { });
    }

    private async Task<bool> ApplyUndeliveredOnceAsync(List<OutboxMessage> undelivered, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var ids = undelivered.Select(m => m.RequestId!.Value).Distinct().ToList();
        var requests = await db.Requests.Where(r => ids.Contains(r.Id)).IncludeRequestContext().ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var message in undelivered)
        {
            var request = requests[message.RequestId!.Value];
            var reason = message.LastError ?? "the platform refused it";
            _ = IsAsk(message) ? request.Withdraw(reason, at) : request.EscalateInThread(message.StakeholderId!.Value, reason, at);
        }

        await db.SaveWithOutboxAsync(at, cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    private static bool IsAsk(OutboxMessage message) => message.DeduplicationKey == CoordinationRequest.AskDeduplicationKey(message.RequestId!.Value);

    private static bool IsEscalation(OutboxMessage message) =>
        message.StakeholderId is { } stakeholder && message.DeduplicationKey == CoordinationRequest.EscalationDeduplicationKey(stakeholder);

    private async Task RestartNudgeWindowsAsync(List<Attempt> nudges, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var stakeholderIds = nudges.Select(n => n.StakeholderId).OfType<Guid>().ToList();
        if (stakeholderIds.Count == 0)
        {
            return;
        }

        var stakeholders = await db.Stakeholders
            .Where(s => stakeholderIds.Contains(s.Id))
            .IncludeFollowUpContext()
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var nudge in nudges)
        {
            var stakeholder = stakeholders[nudge.StakeholderId!.Value];
            stakeholder.Request.NudgeDelivered(stakeholder, nudge, at, schedule);
        }
    }
}
