using Coordination.Bot.Inbox;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Picks up inbound events whose processing failed or was cut short, and forgets old ones.</summary>
[DisallowConcurrentExecution]
public sealed class InboundEventJob(InboundEventProcessor processor, ILogger<InboundEventJob> logger) : RecurringJob(logger)
{
    public static readonly JobKey Key = new("inbound-events", "coordination");
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override Task RunAsync(CancellationToken cancellationToken) => processor.ProcessDueAsync(cancellationToken);
}
