using System.Diagnostics;
using System.Diagnostics.Metrics;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;

namespace Coordination.Bot.Telemetry;

/// <summary>
/// The bot's one <see cref="Meter"/> and one <see cref="ActivitySource"/>, both named <see cref="Name"/>, and a
/// one-line method for each thing an operator counts. The names follow OpenTelemetry's conventions; the Prometheus
/// exporter turns the dots into underscores and adds the unit (<c>_seconds</c>) and <c>_total</c> suffixes.
/// </summary>
public sealed class CoordinationTelemetry
{
    public const string Name = "Coordination";

    /// <summary>Static, as .NET advises for an activity source: spans start where no instance can be injected.</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly double[] LatencyBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];
    private static readonly double[] SweepBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Meter _meter;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _nudges;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _answers;
    private readonly Histogram<double> _deliveryLatency;
    private readonly Counter<long> _throttled;
    private readonly Counter<long> _retries;
    private readonly Histogram<double> _sweepDuration;
    private readonly Counter<long> _sweepDue;
    private readonly Counter<long> _rejected;

    public CoordinationTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(Name);
        _requests = _meter.CreateCounter<long>("coordination.requests.recorded", "{request}", "Coordination requests recorded");
        _nudges = _meter.CreateCounter<long>("coordination.nudges.sent", "{nudge}", "Nudges the follow-up sweep queued for delivery");
        _escalations = _meter.CreateCounter<long>("coordination.escalations.sent", "{escalation}", "Escalations the follow-up sweep queued for delivery");
        _answers = _meter.CreateCounter<long>("coordination.answers.recorded", "{answer}", "Answers recorded from stakeholders (thread replies, ack, done, decline)");
        _deliveryLatency = _meter.CreateHistogram("coordination.delivery.latency", "s", "Time from a message being queued to the platform accepting it", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _throttled = _meter.CreateCounter<long>("coordination.delivery.throttled", "{response}", "Deliveries the platform refused for now with a Retry-After (HTTP 429)");
        _retries = _meter.CreateCounter<long>("coordination.delivery.retries", "{retry}", "Failed deliveries scheduled to be tried again");
        _sweepDuration = _meter.CreateHistogram("coordination.sweep.duration", "s", "How long one follow-up sweep took", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SweepBuckets });
        _sweepDue = _meter.CreateCounter<long>("coordination.sweep.due", "{stakeholder}", "Due stakeholders the follow-up sweep claimed");
        _rejected = _meter.CreateCounter<long>("coordination.inbound.rejected", "{request}", "Inbound platform requests refused before parsing, by reason");
    }

    public void RequestsRecorded(Workspace workspace, int count) => _requests.Add(count, Platform(workspace.Platform), WorkspaceTag(workspace));

    public void NudgeSent(Workspace workspace) => _nudges.Add(1, Platform(workspace.Platform), WorkspaceTag(workspace));

    public void EscalationSent(Workspace workspace) => _escalations.Add(1, Platform(workspace.Platform), WorkspaceTag(workspace));

    public void AnswersRecorded(Workspace workspace, int count)
    {
        if (count > 0)
        {
            _answers.Add(count, Platform(workspace.Platform), WorkspaceTag(workspace));
        }
    }

    public void MessageDelivered(ChatPlatform platform, TimeSpan sinceQueued) =>
        _deliveryLatency.Record(Math.Max(0, sinceQueued.TotalSeconds), Platform(platform));

    /// <summary>A delivery that failed for now: a retry was scheduled, and it was a 429 when the platform said when to come back.</summary>
    public void DeliveryRetried(ChatPlatform platform, bool throttled)
    {
        _retries.Add(1, Platform(platform));
        if (throttled)
        {
            _throttled.Add(1, Platform(platform));
        }
    }

    public void SweepCompleted(TimeSpan duration, int due)
    {
        _sweepDuration.Record(duration.TotalSeconds);
        _sweepDue.Add(due);
    }

    /// <summary>An inbound request refused before it was read; <paramref name="reason"/> is a short snake_case code.</summary>
    public void InboundRejected(ChatPlatform platform, string reason) =>
        _rejected.Add(1, Platform(platform), new KeyValuePair<string, object?>("reason", reason));

    /// <summary>
    /// The span of one outbox message's delivery; the platform's HTTP call is its child. It is not linked to the span
    /// that queued the message: the outbox row keeps no trace context.
    /// </summary>
    public static Activity? StartSend(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var activity = Source.StartActivity("outbox send");
        activity?.SetTag("coordination.platform", PlatformName(row.Platform));
        activity?.SetTag("coordination.workspace", row.WorkspaceExternalId);
        activity?.SetTag("coordination.outbox.message_id", row.Id);
        activity?.SetTag("coordination.outbox.attempt", row.DeliveryAttempts + 1);
        return activity;
    }

    /// <summary>Observes the outbox on collection: how many messages wait and how old the oldest is, read by <paramref name="read"/>.</summary>
    public void ObserveOutbox(Func<OutboxSnapshot?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _meter.CreateObservableGauge("coordination.outbox.depth", () => read() is { } s ? [new Measurement<long>(s.Depth)] : Array.Empty<Measurement<long>>(), "{message}", "Outbox messages not yet delivered");
        _meter.CreateObservableGauge("coordination.outbox.oldest_age", () => read() is { } s ? [new Measurement<double>(s.OldestAge.TotalSeconds)] : Array.Empty<Measurement<double>>(), "s", "Age of the oldest undelivered outbox message");
    }

    private static KeyValuePair<string, object?> Platform(ChatPlatform platform) => new("platform", PlatformName(platform));

    private static KeyValuePair<string, object?> WorkspaceTag(Workspace workspace) => new("workspace", workspace.ExternalId);

    internal static string PlatformName(ChatPlatform platform) => platform switch
    {
        ChatPlatform.Slack => "slack",
        ChatPlatform.Teams => "teams",
        ChatPlatform.Local => "local",
        _ => platform.ToString().ToLowerInvariant(),
    };
}

/// <summary>The outbox as last read: undelivered messages and the age of the oldest (zero when none wait).</summary>
public sealed record OutboxSnapshot(long Depth, TimeSpan OldestAge);
