using Coordination.Bot.Engine;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Delivers due outbox messages every <c>Outbox:DeliveryInterval</c>.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(OutboxDispatcher dispatcher, ILogger<OutboxDeliveryJob> logger) : RecurringJob(logger)
{
    public static readonly JobKey Key = new("outbox-delivery", "coordination");

    protected override Task RunAsync(CancellationToken cancellationToken) => dispatcher.DeliverDueAsync(cancellationToken);
}
