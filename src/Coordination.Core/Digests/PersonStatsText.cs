using System.Globalization;
using System.Text;

namespace Coordination.Core.Digests;

/// <summary>
/// <c>stats</c> as a message, in the digest's style: each figure of the last 7 days with the 7 before beside it (▲ up,
/// ▼ down), what stands now, the totals, and the definitions in the footer. It goes to the person or their lead only.
/// </summary>
public static class PersonStatsText
{
    public const string Asked = "Asked: the times asked in the period (a request counts once for each person it asks).";

    public const string FirstResponse =
        "First response: of those whose first window has passed (or who answered), the share answered before any nudge, as in the digest.";

    public const string TimeToFirstResponse = "Time to first response: the median time from the ask to the first answer, over those answered.";

    public const string Escalated = "Escalated: escalations after the last unanswered attempt, in the period.";

    public const string AsRequester =
        "Driven to completion: requests asked that resolved in the period. Success rate: of the requests asked 7–14 days before (cancelled ones left out), "
        + "the share resolved within 7 days of their ask.";

    public const string Decisions = "Decisions: recorded in the period. Open next steps: open requests carrying a decision's next step that ask the person.";

    public static IReadOnlyList<string> Definitions => [Asked, FirstResponse, TimeToFirstResponse, Escalated, AsRequester, Decisions];

    /// <summary>The figures of <paramref name="name"/>, or of the reader when <paramref name="name"/> is <c>null</c>.</summary>
    public static string Compose(string? name, PersonFigures figures, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(zone);
        var (now, before, open, total) = (figures.Current, figures.Previous, figures.Open, figures.AllTime);
        var (whose, whom, owns) = name is null ? ("Your", "you", "you own") : ($"{name}'s", name, $"{name} owns");
        var ending = TimeZoneInfo.ConvertTime(figures.PeriodEnd, zone).ToString("ddd d MMM", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"*{whose} coordination figures* · the 7 days to {ending} (the 7 before in brackets)");
        text.Append("*Asked of ").Append(whom).Append(":* ").AppendJoin(" · ",
            DigestText.Figure("Asked", now.Asked, before.Asked),
            DigestText.Figure("First response", now.FirstResponse, before.FirstResponse),
            DigestText.Figure("Time to first response", now.TimeToFirstResponse, before.TimeToFirstResponse),
            DigestText.Figure("Escalated", now.Escalated, before.Escalated),
            $"Still waiting on {whom}: {open.WaitingOnThem}").AppendLine();
        text.Append("*Asked by ").Append(whom).Append(":* ").AppendJoin(" · ",
            DigestText.Figure("Asked", now.Requested, before.Requested),
            DigestText.Figure("Driven to completion", now.Resolved, before.Resolved),
            DigestText.Figure("Success rate", now.Success, before.Success),
            $"Open now: {open.OpenRequests}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"*Decisions:* {DigestText.Figure("Recorded", now.Decisions, before.Decisions)} · Open next steps {owns}: {open.OpenNextSteps}");
        var answered = total.FirstResponse.Value is { } share ? $" (first response {DigestText.Percent(share)})" : string.Empty;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"*All time:* asked of {whom} {total.Asked}{answered} · asked by {whom} {total.Requested}, {total.Resolved} resolved · {DigestText.Count(total.Decisions, "decision")} recorded");
        text.Append('_').Append(string.Join(' ', Definitions)).Append('_');
        return text.ToString();
    }
}
