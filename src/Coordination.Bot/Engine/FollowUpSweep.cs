using System.Diagnostics;
using Coordination.Bot.Telemetry;
using Coordination.Bot.Webhooks;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

/// <summary>
/// Finds stakeholders whose next follow-up is due (by the indexed time), applies the rule, and saves the attempts
/// and outbox rows in the same transaction. Rows are claimed with database locks that skip what another instance
/// holds, and each stakeholder row carries a concurrency token, so no nudge is lost or sent twice.
/// </summary>
public sealed class FollowUpSweep(
    CoordinationDbContext db, FollowUpSchedule schedule, TimeProvider time, CoordinationTelemetry telemetry, ILogger<FollowUpSweep> logger)
{
    public const int BatchSize = 1000;

    public async Task<SweepResult> RunAsync(CancellationToken cancellationToken)
    {
        using var activity = CoordinationTelemetry.Source.StartActivity("follow-up sweep");
        var started = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        var total = SweepResult.Empty;
        while (true)
        {
            var batch = await RunBatchAsync(now, cancellationToken);
            total += batch;
            if (batch.Claimed < BatchSize)
            {
                break;
            }
        }

        telemetry.SweepCompleted(Stopwatch.GetElapsedTime(started), total.Claimed);
        if (total.Claimed > 0)
        {
            Log.SweepCompleted(logger, total.Claimed, total.Nudges, total.Escalations);
        }

        return total;
    }

    private Task<SweepResult> RunBatchAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(db, () => TryBatchAsync(now, cancellationToken), _ => Log.SweepConflict(logger));

    private async Task<SweepResult> TryBatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Thousands of tracked rows: detect changes once, before saving, instead of on every tracker call.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.LockDueStakeholdersAsync(now, BatchSize, cancellationToken);
        if (ids.Count == 0)
        {
            return SweepResult.Empty;
        }

        var due = await db.Stakeholders
            .Where(s => ids.Contains(s.Id))
            .IncludeFollowUpContext()
            .OrderBy(s => s.NextActionAt)
            .ToListAsync(cancellationToken);

        var result = new SweepResult(ids.Count, 0, 0);
        foreach (var stakeholder in due)
        {
            var step = stakeholder.Request.FollowUp(stakeholder, now, schedule);
            result = Count(result, step, stakeholder);
        }

        db.ChangeTracker.DetectChanges();
        db.AddPendingMessagesToOutbox(now);
        var webhooks = await WebhookEvents.CollectAsync(db, now, cancellationToken);
        await db.SaveFollowUpsAsync(cancellationToken);
        if (webhooks.Count > 0)
        {
            // After the bulk write, in the same transaction: the sweep's own rows stay set-based.
            db.WebhookDeliveries.AddRange(webhooks);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return result;
    }

    private SweepResult Count(SweepResult result, FollowUpStep? step, Stakeholder stakeholder)
    {
        var key = stakeholder.Request.Key;
        switch (step)
        {
            case FollowUpStep.Nudge:
                Log.NudgeQueued(logger, stakeholder.Person.DisplayName, key, stakeholder.AttemptCount);
                telemetry.NudgeSent(stakeholder.Request.Workspace);
                return result with { Nudges = result.Nudges + 1 };
            case FollowUpStep.Escalate:
                var target = stakeholder.Request.EscalationTargetFor(stakeholder).DisplayName;
                Log.StakeholderEscalated(logger, key, stakeholder.Person.DisplayName, stakeholder.AttemptCount, target);
                telemetry.EscalationSent(stakeholder.Request.Workspace);
                return result with { Escalations = result.Escalations + 1 };
            default:
                return result;
        }
    }
}
