namespace Coordination.Core.Webhooks;

/// <summary>The events a webhook endpoint can subscribe to, by the names receivers see in each delivery's <c>type</c>.</summary>
public static class WebhookEventTypes
{
    public const string RequestCreated = "request.created";
    public const string RequestNudged = "request.nudged";
    public const string RequestEscalated = "request.escalated";
    public const string RequestAnswered = "request.answered";
    public const string RequestResolved = "request.resolved";
    public const string RequestCancelled = "request.cancelled";
    public const string DecisionRecorded = "decision.recorded";
    public const string DigestPosted = "digest.posted";

    /// <summary>Every event, in the order the help and the README list them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        RequestCreated, RequestNudged, RequestEscalated, RequestAnswered, RequestResolved, RequestCancelled, DecisionRecorded, DigestPosted,
    ];

    /// <summary>The event named <paramref name="name"/> (any case), or <c>null</c> when there is none.</summary>
    public static string? Find(string name) => All.FirstOrDefault(type => string.Equals(type, name, StringComparison.OrdinalIgnoreCase));
}
