using Microsoft.Extensions.Options;

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

/// <summary>Checks the <c>Digest</c> section at start.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        var failures = new List<string>();
        if (!DigestSchedule.TryParse(options.Schedule, out _))
        {
            failures.Add($"{DigestOptions.SectionName}:Schedule must be a day and a time like `Monday 09:00`, or a Quartz cron expression (was `{options.Schedule}`).");
        }

        if (options.CheckInterval <= TimeSpan.Zero)
        {
            failures.Add($"{DigestOptions.SectionName}:CheckInterval must be positive (was {options.CheckInterval}).");
        }

        if (options.Channel is { Length: > 200 })
        {
            failures.Add($"{DigestOptions.SectionName}:Channel is too long to be a channel id.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
