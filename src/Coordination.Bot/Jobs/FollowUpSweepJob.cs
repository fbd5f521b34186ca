using Coordination.Bot.Engine;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Runs the follow-up sweep every <c>Coordination:SweepInterval</c>.</summary>
[DisallowConcurrentExecution]
public sealed class FollowUpSweepJob(FollowUpSweep sweep, ILogger<FollowUpSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("follow-up-sweep", "coordination");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await sweep.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.JobFailed(logger, ex, nameof(FollowUpSweepJob));
        }
    }
}
