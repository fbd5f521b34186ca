using Coordination.Bot.Engine;
using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Webhooks;

/// <summary>
/// Sends the webhook deliveries that are due. Each is claimed first (so two instances never send it at once), then
/// sent; a failure waits with exponential backoff and jitter, or as long as <c>Retry-After</c> asks if that is longer.
/// An endpoint whose deliveries have all failed for <c>Webhooks:DisableAfter</c> is disabled and whoever added it told
/// by direct message; what it still had pending is dropped.
/// </summary>
public sealed class WebhookDispatcher(
    CoordinationDbContext db, WebhookSender sender, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookDispatcher> logger)
{
    public const int BatchSize = 50;

    private readonly WebhookOptions _options = options.Value;

    /// <summary>Sends what is due now; the number of deliveries tried.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.WebhookDeliveries
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var tried = 0;
        foreach (var delivery in due)
        {
            if (await ClaimAsync(delivery, now, cancellationToken))
            {
                await DeliverAsync(delivery, cancellationToken);
                tried++;
            }
        }

        db.ChangeTracker.Clear();
        return tried;
    }

    /// <summary>Moves the delivery's next try past the send, unless another instance did so first.</summary>
    private async Task<bool> ClaimAsync(WebhookDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + (_options.Timeout * 2);
        var read = delivery.NextAttemptAt;
        return await db.WebhookDeliveries
            .Where(d => d.Id == delivery.Id && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt == read)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, until), cancellationToken) == 1;
    }

    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == delivery.EndpointId, cancellationToken);
        if (endpoint is not { Enabled: true })
        {
            delivery.Drop("The endpoint was disabled before it was sent.");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var result = await sender.SendAsync(endpoint.Url, secrets.Unprotect(endpoint.EncryptedSecret), delivery.Body, cancellationToken);
        var now = time.GetUtcNow();
        if (result.Succeeded)
        {
            delivery.Delivered(now);
            endpoint.Succeeded();
            Log.WebhookDelivered(logger, delivery.EventType, delivery.EventId, endpoint.Key, endpoint.Url, delivery.Attempts, result.StatusCode);
        }
        else
        {
            var error = result.Error ?? "failed";
            var retryAt = now + RetryDelay(delivery.Attempts + 1, result.RetryAfter);
            delivery.Failed(error, retryAt);
            Log.WebhookDeliveryFailed(logger, delivery.EventType, delivery.EventId, endpoint.Key, endpoint.Url, delivery.Attempts, error, retryAt);
            if (endpoint.Failed(error, now, _options.DisableAfter))
            {
                Log.WebhookEndpointDisabled(logger, endpoint.Key, endpoint.Url, endpoint.FailingSince!.Value, error);
                delivery.Drop("The endpoint was disabled after failing for too long.");
                await TellWhoAddedAsync(endpoint, now, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The wait before try <paramref name="attempt"/> + 1: doubling from the first delay, capped, with ±25% jitter; never shorter than Retry-After.</summary>
    public TimeSpan RetryDelay(int attempt, TimeSpan? retryAfter)
    {
        var doubled = _options.FirstRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        var capped = doubled < _options.MaxRetryDelay ? doubled : _options.MaxRetryDelay;
        var jittered = capped * (0.75 + (Random.Shared.NextDouble() * 0.5));
        return retryAfter is { } asked && asked > jittered ? (asked < _options.DisableAfter ? asked : _options.DisableAfter) : jittered;
    }

    private async Task TellWhoAddedAsync(WebhookEndpoint endpoint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var admin = await db.People.AsNoTracking().SingleAsync(p => p.Id == endpoint.CreatedById, cancellationToken);
        var workspace = await db.Workspaces.AsNoTracking().SingleAsync(w => w.Id == endpoint.WorkspaceId, cancellationToken);
        var text = $"I disabled your webhook `{endpoint.Key}` to `{endpoint.Url}`: every delivery to it failed for {_options.DisableAfter.TotalHours:0} hours "
            + $"(last: {endpoint.LastFailure}). Fix the endpoint, then add it again with `/coord webhook add`; `/coord webhook remove {endpoint.Key}` removes this one.";
        var message = new OutgoingMessage(workspace.Platform, workspace.ExternalId, MessageDestination.DirectTo(admin.PlatformUserId), text, [], []);
        db.QueueMessage(message, $"webhook-disabled:{endpoint.Id}", now);
    }
}
