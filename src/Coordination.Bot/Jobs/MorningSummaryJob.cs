using Coordination.Bot.Engine;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Sends the morning summaries that are due, every <c>MorningSummary:Interval</c>.</summary>
[DisallowConcurrentExecution]
public sealed class MorningSummaryJob(MorningSummaries summaries, ILogger<MorningSummaryJob> logger) : RecurringJob(logger)
{
    public static readonly JobKey Key = new("morning-summary", "coordination");

    protected override Task RunAsync(CancellationToken cancellationToken) => summaries.RunAsync(cancellationToken);
}
