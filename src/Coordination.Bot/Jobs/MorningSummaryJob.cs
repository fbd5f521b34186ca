using Coordination.Bot.Engine;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Sends the morning summaries that are due, every <c>MorningSummary:Interval</c>.</summary>
[DisallowConcurrentExecution]
public sealed class MorningSummaryJob(MorningSummaries summaries, ILogger<MorningSummaryJob> logger) : IJob
{
    public static readonly JobKey Key = new("morning-summary", "coordination");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await summaries.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.JobFailed(logger, ex, nameof(MorningSummaryJob));
        }
    }
}
