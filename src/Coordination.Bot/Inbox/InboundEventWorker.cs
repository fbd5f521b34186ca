using System.Threading.Channels;

namespace Coordination.Bot.Inbox;

/// <summary>
/// Processes events right after they are received and acknowledged, off the request. The events are already stored,
/// so what this queue loses in a crash the recovery job picks up.
/// </summary>
public sealed class InboundEventWorker(IServiceScopeFactory scopes, ILogger<InboundEventWorker> logger) : BackgroundService
{
    private readonly Channel<Guid> _received = Channel.CreateBounded<Guid>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for <paramref name="id"/> to be processed soon; when the queue is full the recovery job does it later.</summary>
    public void Enqueue(Guid id) => _received.Writer.TryWrite(id);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var id in _received.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<InboundEventProcessor>().ProcessAsync(id, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.InboundQueueFailed(logger, ex, id);
            }
        }
    }
}
