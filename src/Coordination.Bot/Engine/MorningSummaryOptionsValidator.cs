using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine;

/// <summary>Checks the <c>MorningSummary</c> section at start.</summary>
public sealed class MorningSummaryOptionsValidator : IValidateOptions<MorningSummaryOptions>
{
    private const string Section = MorningSummaryOptions.SectionName;

    /// <summary>The summary goes once inside a window of a few hours; a run less often than hourly could miss it.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, MorningSummaryOptions options) =>
        options.Interval <= TimeSpan.Zero || options.Interval > Longest
            ? ValidateOptionsResult.Fail($"{Section}:Interval must be positive and at most {Longest:hh\\:mm\\:ss}, for example 00:05:00 (was {options.Interval}).")
            : ValidateOptionsResult.Success;
}
