using Coordination.Bot.Engine.Delivery;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Jobs;

/// <summary>
/// Delivers the outbox as soon as something is queued (<see cref="OutboxSignal"/>), when a retry or a paced
/// conversation comes due, and at the latest every <c>Outbox:DeliveryInterval</c> as a safety net.
/// </summary>
public sealed class OutboxDeliveryService(
    IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxDeliveryService> logger)
    : BackgroundService
{
    private readonly TimeSpan _poll = options.Value.DeliveryInterval;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            signal.Delivery.Reset();
            var next = await DeliverAsync(stoppingToken);
            var wait = next is { } due && due - time.GetUtcNow() < _poll ? Max(due - time.GetUtcNow(), TimeSpan.Zero) : _poll;
            await signal.Delivery.WaitAsync(wait, time, stoppingToken);
        }
    }

    private async Task<DateTimeOffset?> DeliverAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
            await dispatcher.DeliverDueAsync(stoppingToken);
            return await dispatcher.NextDueAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Log.JobFailed(logger, ex, nameof(OutboxDeliveryService));
            return null;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
