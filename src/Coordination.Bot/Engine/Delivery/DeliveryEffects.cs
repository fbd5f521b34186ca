using Coordination.Bot.Telemetry;
using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine.Delivery;

/// <summary>
/// What one delivery changes, saved with the row's own status as soon as that message is sent: the attempt is marked
/// delivered, the window it opens counts from that instant, the request's first post becomes its thread. A message
/// refused for good is parked, and a request whose own post or escalation could not go out is dealt with.
/// </summary>
public sealed class DeliveryEffects(
    CoordinationDbContext db, FollowUpSchedule schedule, IOptions<OutboxOptions> options, CoordinationTelemetry telemetry, ILogger<DeliveryEffects> logger)
{
    private readonly OutboxOptions _options = options.Value;

    /// <summary>The request a row belongs to, with what its delivery may read and change.</summary>
    public Task<CoordinationRequest?> LoadRequestAsync(Guid requestId, Guid? attemptId, CancellationToken cancellationToken) =>
        db.Requests
            .Where(r => r.Id == requestId)
            .Include(r => r.Workspace)
            .Include(r => r.Requester).ThenInclude(p => p.Lead)
            .Include(r => r.EscalationTarget)
            .Include(r => r.Stakeholders).ThenInclude(s => s.Person).ThenInclude(p => p.Lead)
            .Include(r => r.Attempts.Where(a => a.Kind == AttemptKind.Ask || a.Id == attemptId))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Records the platform's answer and its effects; returns when to try again if it was a passing failure.</summary>
    public async Task<DateTimeOffset?> RecordAsync(DeliveredMessage sent, CoordinationRequest? request, DeliveryResult result, DateTimeOffset at, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var retryAt = Apply(sent, request, result, at);
                await db.SaveWithOutboxAsync(at, cancellationToken);
                return retryAt;
            }
            catch (DbUpdateException) when (attempt < ConflictRetry.MaxTries)
            {
                // A reply or the sweep changed the request meanwhile: apply the same result to fresh state.
                db.ChangeTracker.Clear();
                var row = await db.OutboxMessages.SingleAsync(m => m.Id == sent.Row.Id, cancellationToken);
                sent = sent with { Row = row };
                request = row.RequestId is { } id ? await LoadRequestAsync(id, row.AttemptId, cancellationToken) : null;
            }
        }
    }

    /// <summary>Not sent: what it was about was settled while it waited. The row and the trail say why.</summary>
    public async Task DropAsync(OutboxMessage row, CoordinationRequest? request, string reason, CancellationToken cancellationToken)
    {
        row.Drop(reason);
        CoordinationRequest.FollowUpDropped(request?.Attempts.FirstOrDefault(a => a.Id == row.AttemptId), reason);
        Log.MessageDropped(logger, row.Id, row.Platform, reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTimeOffset? Apply(DeliveredMessage sent, CoordinationRequest? request, DeliveryResult result, DateTimeOffset at)
    {
        var row = sent.Row;
        var attempt = request?.Attempts.FirstOrDefault(a => a.Id == row.AttemptId);
        if (result.Delivered)
        {
            row.MarkDelivered(at, result.MessageId);
            Log.MessageDelivered(logger, row.Id, row.Platform);
            telemetry.MessageDelivered(row.Platform, at - row.CreatedAt);
            if (sent.StartsThread && result.MessageId is { } threadId)
            {
                request?.AttachThread(threadId);
            }

            request?.MessageDelivered(row.StakeholderId, attempt, row.OpensWindow, at, schedule);
            return null;
        }

        var error = result.Error ?? "unknown error";
        if (result.Permanent || row.DeliveryAttempts + 1 >= _options.MaxDeliveryAttempts)
        {
            row.Park(error);
            Log.MessageParked(logger, row.Id, row.Platform, row.DeliveryAttempts, error);
            if (request is not null)
            {
                Undelivered(sent, request, attempt, error, at);
            }

            return null;
        }

        var retryAt = at + RetryDelay(row.DeliveryAttempts, result.RetryAfter);
        row.MarkFailed(error, retryAt);
        Log.DeliveryFailed(logger, row.Id, row.Platform, row.DeliveryAttempts, error, retryAt);
        telemetry.DeliveryRetried(row.Platform, throttled: result.RetryAfter is not null);
        return retryAt;
    }

    /// <summary>
    /// A request whose own post was refused is withdrawn (its requester told why); an escalation whose direct message
    /// was refused goes to the request's thread instead; a nudge that never arrived does not count as unanswered.
    /// </summary>
    private void Undelivered(DeliveredMessage sent, CoordinationRequest request, Attempt? attempt, string error, DateTimeOffset at)
    {
        var row = sent.Row;
        request.MessageUndelivered(row.StakeholderId, attempt, row.OpensWindow, error, at, schedule);
        if (sent.IsAsk)
        {
            request.Withdraw(error, at);
        }
        else if (sent.IsEscalation)
        {
            request.EscalateInThread(row.StakeholderId!.Value, error, at);
        }
    }

    /// <summary>Exactly what the platform asked for, when it said; else exponential backoff from <see cref="OutboxOptions.RetryDelay"/>, capped.</summary>
    internal TimeSpan RetryDelay(int failuresSoFar, TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked && asked > TimeSpan.Zero)
        {
            return asked;
        }

        var backoff = _options.RetryDelay * Math.Pow(2, Math.Min(failuresSoFar, 20));
        return backoff < _options.MaxRetryDelay ? backoff : _options.MaxRetryDelay;
    }
}
