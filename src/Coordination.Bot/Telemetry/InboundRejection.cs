using Coordination.Slack.Inbound;

namespace Coordination.Bot.Telemetry;

/// <summary>The <c>reason</c> tag of <c>coordination.inbound.rejected</c>: why a platform's request was refused unread.</summary>
public static class InboundRejection
{
    public const string NoSecret = "no_secret";
    public const string MissingHeaders = "missing_headers";
    public const string StaleTimestamp = "stale_timestamp";
    public const string BadSignature = "bad_signature";
    public const string BadToken = "bad_token";
    public const string NotVouchedFor = "activity_not_vouched_for";

    public static string Of(SlackVerification verification) => verification switch
    {
        SlackVerification.NoSecret => NoSecret,
        SlackVerification.MissingHeaders => MissingHeaders,
        SlackVerification.Stale => StaleTimestamp,
        SlackVerification.BadSignature => BadSignature,
        _ => verification.ToString().ToLowerInvariant(),
    };
}
