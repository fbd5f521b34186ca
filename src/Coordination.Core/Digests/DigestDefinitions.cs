namespace Coordination.Core.Digests;

/// <summary>The exact definitions behind the digest's numbers, written once for the footer and the README alike.</summary>
public static class DigestDefinitions
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(7);

    /// <summary>A request counts as a success when it resolved within this long of its ask.</summary>
    public static readonly TimeSpan SuccessWithin = TimeSpan.FromDays(7);

    public const string Success =
        "Success rate: of the requests asked 7–14 days before the digest (cancelled ones left out), the share resolved within 7 days of their ask.";

    public const string FirstResponse =
        "First-response rate: of the stakeholders asked in the last 7 days whose first window has passed (or who answered), the share who answered before any nudge.";

    public const string MeetingFree =
        "Meeting-avoidance rate: of the requests resolved in the last 7 days, the share not marked as needing a meeting (`ask … --meeting`, `meeting CR-n`).";

    public const string DecisionSpeed = "Decision speed: the median time from a request's ask to the decision that settled it, for decisions in the last 7 days.";

    public const string Others =
        "Stalled: open requests with a stakeholder nudged at least once and still silent. Initiative: requests resolved in the last 7 days, and the people who asked them. "
        + "Cross-team impact: named teams with a member asked in the last 7 days. Strategic influence: long-term decisions in the last 7 days.";

    public static IReadOnlyList<string> All => [Success, FirstResponse, MeetingFree, DecisionSpeed, Others];
}
