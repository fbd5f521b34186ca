namespace Coordination.Bot.Engine;

/// <summary>The morning summary: the <c>MorningSummary</c> configuration section.</summary>
public sealed class MorningSummaryOptions
{
    public const string SectionName = "MorningSummary";

    /// <summary>Whether anyone gets one (each person can still turn theirs off). Defaults to <c>true</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for people whose morning has begun. Defaults to 5 minutes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}
