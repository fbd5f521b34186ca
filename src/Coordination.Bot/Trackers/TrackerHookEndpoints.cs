using System.Text.Json;
using Coordination.Bot.Endpoints;
using Coordination.Core.Trackers;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Trackers;

/// <summary>
/// <c>POST /hooks/github</c>, <c>/hooks/jira</c>, <c>/hooks/linear</c>: each checks its tracker's own signature over the
/// raw body and acts on the deliveries that mean something for linked requests. A tracker without a secret configured
/// answers 404 (the endpoint is off); a missing or wrong signature 401; a body that is not the event it says 400; too
/// large 413; anything verified 200 (events that mean nothing here included), and nothing changes before a signature checks.
/// </summary>
public static class TrackerHookEndpoints
{
    public static IEndpointRouteBuilder MapTrackerHooks(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("/hooks");
        hooks.MapPost("/github", GitHubAsync);
        hooks.MapPost("/jira", JiraAsync);
        hooks.MapPost("/linear", LinearAsync);
        return app;
    }

    private static async Task<IResult> GitHubAsync(HttpContext http, IOptions<GitHubOptions> options, TrackerDeliveries deliveries, ILogger<TrackerDeliveries> logger)
    {
        if (string.IsNullOrEmpty(options.Value.WebhookSecret))
        {
            return Results.NotFound();
        }

        var (body, refusal) = await RequestBody.ReadAsync(http);
        if (body is null)
        {
            return refusal!;
        }

        if (!WebhookSignature.Matches(options.Value.WebhookSecret, body, http.Request.Headers["X-Hub-Signature-256"], "sha256="))
        {
            return Refuse(logger, Tracker.GitHub, "missing or wrong X-Hub-Signature-256");
        }

        string eventName = http.Request.Headers["X-GitHub-Event"].ToString();
        string delivery = http.Request.Headers["X-GitHub-Delivery"].ToString();
        return await ApplyAsync(http, Tracker.GitHub, body, delivery, root => TrackerPayloads.GitHub(eventName, root), deliveries, logger);
    }

    private static async Task<IResult> JiraAsync(HttpContext http, IOptions<JiraOptions> options, TrackerDeliveries deliveries, TimeProvider time, ILogger<TrackerDeliveries> logger)
    {
        var jira = options.Value;
        if (string.IsNullOrEmpty(jira.WebhookSecret))
        {
            return Results.NotFound();
        }

        var (body, refusal) = await RequestBody.ReadAsync(http);
        if (body is null)
        {
            return refusal!;
        }

        var signed = WebhookSignature.Matches(jira.WebhookSecret, body, http.Request.Headers["X-Hub-Signature"], "sha256=")
            || JiraJwt.IsValid(http.Request.Headers.Authorization, jira.WebhookSecret, jira.JwtIssuer, time.GetUtcNow());
        if (!signed)
        {
            return Refuse(logger, Tracker.Jira, "no valid X-Hub-Signature or Authorization: JWT");
        }

        string delivery = http.Request.Headers["X-Atlassian-Webhook-Identifier"].ToString();
        return await ApplyAsync(http, Tracker.Jira, body, delivery, TrackerPayloads.Jira, deliveries, logger);
    }

    private static async Task<IResult> LinearAsync(HttpContext http, IOptions<LinearOptions> options, TrackerDeliveries deliveries, TimeProvider time, ILogger<TrackerDeliveries> logger)
    {
        var linear = options.Value;
        if (string.IsNullOrEmpty(linear.WebhookSecret))
        {
            return Results.NotFound();
        }

        var (body, refusal) = await RequestBody.ReadAsync(http);
        if (body is null)
        {
            return refusal!;
        }

        if (!WebhookSignature.Matches(linear.WebhookSecret, body, http.Request.Headers["Linear-Signature"]))
        {
            return Refuse(logger, Tracker.Linear, "missing or wrong Linear-Signature");
        }

        if (!LinearTimestamp.IsFresh(body, time.GetUtcNow(), linear.TimestampTolerance))
        {
            return Refuse(logger, Tracker.Linear, "webhookTimestamp missing or too far from now");
        }

        string delivery = http.Request.Headers["Linear-Delivery"].ToString();
        return await ApplyAsync(http, Tracker.Linear, body, delivery, TrackerPayloads.Linear, deliveries, logger);
    }

    private static async Task<IResult> ApplyAsync(
        HttpContext http, Tracker tracker, byte[] body, string deliveryId, Func<JsonElement, TrackerEvent?> read, TrackerDeliveries deliveries, ILogger logger)
    {
        TrackerEvent? change;
        try
        {
            using var document = JsonDocument.Parse(body);
            change = read(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            TrackerLog.DeliveryRefused(logger, tracker, "malformed body");
            return Results.BadRequest($"Not a {TrackerNames.Of(tracker)} delivery this endpoint reads: {ex.GetType().Name}.");
        }

        if (change is null)
        {
            return Results.Ok();
        }

        var id = deliveryId.Length is > 0 and <= Data.Inbox.TrackerDelivery.MaxDeliveryIdLength ? deliveryId : "sha256:" + WebhookSignature.HexHmacSha256(tracker.ToString(), body);
        var outcome = await deliveries.ApplyAsync(change, id, http.RequestAborted);
        if (outcome == DeliveryOutcome.Duplicate)
        {
            TrackerLog.DeliveryDuplicate(logger, tracker, id);
        }

        return Results.Ok();
    }

    private static IResult Refuse(ILogger logger, Tracker tracker, string reason)
    {
        TrackerLog.DeliveryRefused(logger, tracker, reason);
        return Results.Unauthorized();
    }
}
