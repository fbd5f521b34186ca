using System.Globalization;
using System.Text;
using Coordination.Core.Satisfaction;

namespace Coordination.Core.Digests;

/// <summary>
/// The digest as a message: each figure with the week before beside it (▲ up, ▼ down), what is open, at most three
/// patterns, and the definitions in the footer. It names requests and teams, never a ranking of people.
/// </summary>
public static class DigestText
{
    public const int MaxPatterns = 3;

    public static string Compose(DigestReport report, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(zone);
        var (now, before) = (report.Current, report.Previous);
        var ending = TimeZoneInfo.ConvertTime(report.PeriodEnd, zone).ToString("ddd d MMM", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"*Coordination digest* · the 7 days to {ending}");
        text.AppendLine(string.Join(" · ",
            Figure("Success rate", now.Success, before.Success),
            Figure("First response", now.FirstResponse, before.FirstResponse),
            Figure("Meeting avoidance", now.MeetingFree, before.MeetingFree),
            Figure("Decision speed", now.DecisionSpeed, before.DecisionSpeed)));
        text.AppendLine(OpenLine(report.Open, now, before));
        text.AppendLine(ImpactLine(now, before));
        if (report.Patterns.Count > 0)
        {
            text.AppendLine("*Patterns*");
            foreach (var pattern in report.Patterns.Take(MaxPatterns))
            {
                text.AppendLine("• " + pattern);
            }
        }

        if (report.Satisfaction.Value is { } liked)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Found useful by {Percent(liked)} of {Count(report.Satisfaction.Total, "vote")} on recent digests.");
        }

        if (SatisfactionText.TeamLine(report.TeamSatisfaction) is { } teams)
        {
            text.AppendLine(teams);
        }

        text.Append('_').Append(string.Join(' ', DigestDefinitions.All)).Append('_');
        return text.ToString();
    }

    /// <summary>What is open, stalled (with examples) and escalated, and the decisions without next steps.</summary>
    public static string OpenLine(OpenFigures open, PeriodFigures now, PeriodFigures before)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(before);
        var stalled = open.StalledExamples.Count == 0 ? string.Empty : $" ({string.Join(", ", open.StalledExamples)})";
        return $"Open: {open.Open} · stalled {open.Stalled}{stalled} · escalated {open.Escalated}"
            + $" · decisions without next steps {now.DecisionsWithoutNextSteps}{Beside(now.DecisionsWithoutNextSteps, before.DecisionsWithoutNextSteps)}";
    }

    /// <summary>Initiative, cross-team impact and strategic influence, each with the week before beside it.</summary>
    public static string ImpactLine(PeriodFigures now, PeriodFigures before)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(before);
        return $"Initiative: {Count(now.DrivenToCompletion, "request")} driven to completion by {Count(now.Drivers, "person", "people")}{Beside(now.DrivenToCompletion, before.DrivenToCompletion)}"
            + $" · Cross-team impact: {Count(now.TeamsTouched, "team")}{Beside(now.TeamsTouched, before.TeamsTouched)}"
            + $" · Strategic influence: {Count(now.LongTermDecisions, "long-term decision")}{Beside(now.LongTermDecisions, before.LongTermDecisions)}";
    }

    /// <summary><c>Name 72% ▲ (61%)</c>; a side with nothing to count shows as "–" and no arrow.</summary>
    public static string Figure(string name, Rate now, Rate before)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(before);
        return $"{name} {Show(now.Value)}{Arrow(now.Value, before.Value)} ({Show(before.Value)})";
    }

    public static string Figure(string name, TimeSpan? now, TimeSpan? before) =>
        $"{name} {Show(now)}{Arrow(now?.TotalSeconds, before?.TotalSeconds)} ({Show(before)})";

    /// <summary><c>Name 5 ▲ (3)</c>: a count with the week before beside it.</summary>
    public static string Figure(string name, int now, int before) => $"{name} {now}{Beside(now, before)}";

    public static string Arrow(double? now, double? before) => (now, before) switch
    {
        ({ } a, { } b) when a > b + 1e-9 => " ▲",
        ({ } a, { } b) when a < b - 1e-9 => " ▼",
        _ => string.Empty,
    };

    public static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>A duration as the digest shows it: <c>3d 4h</c>, <c>5h</c>, <c>40m</c>.</summary>
    public static string Duration(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => span.Hours == 0 ? $"{(int)span.TotalDays}d" : $"{(int)span.TotalDays}d {span.Hours}h",
        { TotalHours: >= 1 } => $"{(int)span.TotalHours}h",
        _ => $"{Math.Max(1, (int)Math.Round(span.TotalMinutes))}m",
    };

    private static string Show(double? share) => share is { } value ? Percent(value) : "–";

    private static string Show(TimeSpan? span) => span is { } value ? Duration(value) : "–";

    private static string Beside(int now, int before) => $"{Arrow(now, before)} ({before})";

    /// <summary><c>1 request</c>, <c>3 requests</c>, <c>2 people</c>.</summary>
    public static string Count(int n, string one, string? many = null) => n == 1 ? $"1 {one}" : $"{n} {many ?? one + "s"}";
}
