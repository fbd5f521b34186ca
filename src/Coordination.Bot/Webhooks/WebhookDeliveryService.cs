using Microsoft.Extensions.Options;

namespace Coordination.Bot.Webhooks;

/// <summary>Runs <see cref="WebhookDispatcher"/> every <c>Webhooks:PollInterval</c>, at once again while a pass found work.</summary>
public sealed class WebhookDeliveryService(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var tried = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                tried = await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.WebhookPassFailed(logger, ex);
            }

            if (tried < WebhookDispatcher.BatchSize)
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
