namespace Coordination.Core.Digests;

/// <summary>
/// The history the stall patterns read, already aggregated: requests grouped by what they looked like when asked,
/// asks grouped by where they landed in the recipient's day, and response times per team and per report.
/// </summary>
public sealed record PatternHistory(
    IReadOnlyList<RequestGroup> Requests,
    IReadOnlyList<AskGroup> Asks,
    IReadOnlyList<NamedSpread> Teams)
{
    public static readonly PatternHistory Empty = new([], [], []);

    /// <summary>The asker's own reports (only a lead's <c>patterns</c> reads them; the channel digest never does).</summary>
    public IReadOnlyList<NamedSpread> Reports { get; init; } = [];
}

/// <summary>Requests alike in due date, size, Friday-afternoon ask and channel, and how many resolved within 7 days.</summary>
public sealed record RequestGroup(bool HasDueDate, bool ManyStakeholders, bool FridayAfternoon, string Channel, Rate ResolvedInWeek);

/// <summary>
/// Asks that reached their recipient in the same three hours of the recipient's day (<c>null</c> when not known)
/// and alike in being outside working hours: how many got an answer before a nudge, and how fast.
/// </summary>
public sealed record AskGroup(int? Block, bool? OffHours, Rate AnsweredBeforeNudge, ResponseSpread Spread)
{
    public const int BlockHours = 3;
}

/// <summary>The response times of the asks to one team's members, or to one person.</summary>
public sealed record NamedSpread(string Name, ResponseSpread Spread);
