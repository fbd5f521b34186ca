namespace Coordination.Bot.Digests;

/// <summary>The weekly digest: the <c>Digest</c> configuration section.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>The channel for workspaces that chose none with <c>digest channel #x</c>; none by default.</summary>
    public string? Channel { get; set; }

    /// <summary>When it goes, in the workspace's zone: <c>Monday 09:00</c> (the default) or a Quartz cron expression.</summary>
    public string Schedule { get; set; } = DigestSchedule.Default;

    /// <summary>How often the bot checks for a digest due (or missed while it was down). Defaults to 5 minutes.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}
