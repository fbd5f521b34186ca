using Coordination.Bot.Engine;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Delivers due outbox messages every <c>Outbox:DeliveryInterval</c>.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(OutboxDispatcher dispatcher, ILogger<OutboxDeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("outbox-delivery", "coordination");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.DeliverDueAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.JobFailed(logger, ex, nameof(OutboxDeliveryJob));
        }
    }
}
