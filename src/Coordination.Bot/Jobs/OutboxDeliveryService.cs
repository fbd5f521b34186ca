using Coordination.Bot.Engine.Delivery;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Jobs;

/// <summary>
/// Delivers the outbox as soon as something is queued (<see cref="OutboxSignal"/>), when a retry or a paced
/// conversation comes due, and at the latest every <c>Outbox:DeliveryInterval</c> as a safety net. Once the host
/// begins to stop it leases nothing more, lets each send in flight finish (for up to
/// <see cref="OutboxOptions.ShutdownGrace"/>, then cuts it short) and releases every conversation it held, so another
/// instance takes them at once.
/// </summary>
public sealed class OutboxDeliveryService(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxDeliveryService> logger)
    : BackgroundService
{
    private readonly TimeSpan _poll = options.Value.DeliveryInterval;
    private readonly CancellationTokenSource _cutShort = new();

    private volatile bool _disposed;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
        {
            // Stopped and disposed already (a host may be stopped twice): nothing is in flight.
            return;
        }

        // Real time, not the bot's clock: the host's deadline is real.
        using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        grace.CancelAfter(options.Value.ShutdownGrace);
        await using var cutShort = grace.Token.Register(_cutShort.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _disposed = true;
        _cutShort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Stop taking work as soon as the host begins to stop, not only when this service's turn to stop comes.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        while (!stopping.IsCancellationRequested)
        {
            signal.Delivery.Reset();
            var next = await DeliverAsync(stopping.Token);
            var wait = next is { } due && due - time.GetUtcNow() < _poll ? Max(due - time.GetUtcNow(), TimeSpan.Zero) : _poll;
            await signal.Delivery.WaitAsync(wait, time, stopping.Token);
        }
    }

    private async Task<DateTimeOffset?> DeliverAsync(CancellationToken stopping)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
            await dispatcher.DeliverDueAsync(stopping, _cutShort.Token);
            return stopping.IsCancellationRequested ? null : await dispatcher.NextDueAsync(stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            Log.JobFailed(logger, ex, nameof(OutboxDeliveryService));
            return null;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
