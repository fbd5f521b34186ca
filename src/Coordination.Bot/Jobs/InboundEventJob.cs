using Coordination.Bot.Inbox;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Picks up inbound events whose processing failed or was cut short, and forgets old ones.</summary>
[DisallowConcurrentExecution]
public sealed class InboundEventJob(InboundEventProcessor processor, ILogger<InboundEventJob> logger) : IJob
{
    public static readonly JobKey Key = new("inbound-events", "coordination");
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await processor.ProcessDueAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.JobFailed(logger, ex, nameof(InboundEventJob));
        }
    }
}
