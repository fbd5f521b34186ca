using Microsoft.Extensions.Options;

namespace Coordination.Bot.Digests;

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
