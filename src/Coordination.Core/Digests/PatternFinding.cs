namespace Coordination.Core.Digests;

/// <summary>The kinds of thing the stall patterns look for.</summary>
public enum PatternKind
{
    SlowTeam,
    SlowReport,
    DueDate,
    ManyStakeholders,
    FridayAfternoon,
    Channel,
    OffHours,
    FastestHours,
}

/// <summary>
/// One pattern the history supports: a plain sentence with its numbers, how strong it is (the ratio between the
/// groups it compares), what it is about (a team, a channel, a block of hours), and the requests that show it.
/// </summary>
public sealed record PatternFinding(PatternKind Kind, double Strength, string Sentence, string? Subject = null)
{
    /// <summary>Whether the finding stands for the matching requests (true) or for the ones that stalled against it (false).</summary>
    public bool ExamplesSucceeded { get; init; }

    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>Whether a channel may read it: a finding about one person goes only to their lead.</summary>
    public bool IsPublic => Kind != PatternKind.SlowReport;

    public string Text => Examples.Count == 0 ? Sentence : $"{Sentence} For example {string.Join(", ", Examples)}.";
}

/// <summary>What the patterns found, and the questions the history cannot answer yet (said, not guessed).</summary>
public sealed record PatternAnalysis(IReadOnlyList<PatternFinding> Findings, IReadOnlyList<string> NotEnoughData)
{
    public static readonly PatternAnalysis None = new([], []);
}
