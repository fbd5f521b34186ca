using Coordination.Bot.Engine;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Runs the follow-up sweep every <c>Coordination:SweepInterval</c>.</summary>
[DisallowConcurrentExecution]
public sealed class FollowUpSweepJob(FollowUpSweep sweep, ILogger<FollowUpSweepJob> logger) : RecurringJob(logger)
{
    public static readonly JobKey Key = new("follow-up-sweep", "coordination");

    protected override Task RunAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
