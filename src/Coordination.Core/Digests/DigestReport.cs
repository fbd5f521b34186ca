namespace Coordination.Core.Digests;

/// <summary>A share: <see cref="Hits"/> of <see cref="Total"/>; no value when there was nothing to count.</summary>
public sealed record Rate(int Hits, int Total)
{
    public static readonly Rate None = new(0, 0);

    public double? Value => Total == 0 ? null : (double)Hits / Total;
}

/// <summary>
/// The figures of one seven-day period (see <see cref="DigestDefinitions"/> for exactly what each counts). The
/// success rate's cohort is the requests asked 7–14 days before the period's end, so each had a full week to resolve.
/// </summary>
public sealed record PeriodFigures(
    Rate Success,
    Rate FirstResponse,
    Rate MeetingFree,
    TimeSpan? DecisionSpeed,
    int DrivenToCompletion,
    int Drivers,
    int TeamsTouched,
    int LongTermDecisions,
    int DecisionsWithoutNextSteps);

/// <summary>What is open at the period's end: every open request, those with a stakeholder past the window, those escalated.</summary>
public sealed record OpenFigures(int Open, int Stalled, int Escalated, IReadOnlyList<string> StalledExamples);

/// <summary>Everything one digest says: this week and the one before, what is open, eight weeks of trend, and patterns.</summary>
public sealed record DigestReport(DateTimeOffset PeriodEnd, PeriodFigures Current, PeriodFigures Previous, OpenFigures Open, IReadOnlyList<WeekPoint> Weeks)
{
    /// <summary>The stall patterns worth saying, strongest first (the digest shows at most three).</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];

    /// <summary>👍 over all votes on the recent digests ("was this useful?").</summary>
    public Rate Satisfaction { get; init; } = Rate.None;

    /// <summary>Per team, the 👍 share of its members' answers to "how did it go?" after their requests resolved.</summary>
    public IReadOnlyList<TeamShare> TeamSatisfaction { get; init; } = [];
}

/// <summary>One team's 👍 share: the answers of the requesters who are its members.</summary>
public sealed record TeamShare(string Team, Rate Share);
