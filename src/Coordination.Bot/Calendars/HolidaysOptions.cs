using Microsoft.Extensions.Options;

namespace Coordination.Bot.Calendars;

/// <summary>The <c>Holidays</c> section: workspace holiday calendars and how they are read.</summary>
public sealed class HolidaysOptions
{
    public const string SectionName = "Holidays";

    /// <summary>How often every workspace's holiday calendar (and <see cref="Files"/>) is read again. Defaults to one day.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>iCalendar files on this machine whose all-day events are holidays in every workspace, read at start and at each refresh.</summary>
    public string[] Files { get; set; } = [];

    /// <summary>How far ahead recurrences are expanded. Defaults to 13 months.</summary>
    public int MonthsAhead { get; set; } = 13;
}

/// <summary>Checks the <c>Holidays</c> section at start.</summary>
public sealed class HolidaysOptionsValidator : IValidateOptions<HolidaysOptions>
{
    public ValidateOptionsResult Validate(string? name, HolidaysOptions options)
    {
        if (options.RefreshInterval < TimeSpan.FromMinutes(1))
        {
            return ValidateOptionsResult.Fail($"Holidays:RefreshInterval must be at least 00:01:00, for example 1.00:00:00 (was {options.RefreshInterval}).");
        }

        if (options.MonthsAhead is < 1 or > 36)
        {
            return ValidateOptionsResult.Fail($"Holidays:MonthsAhead must be between 1 and 36 (was {options.MonthsAhead}).");
        }

        var missing = options.Files.Where(f => string.IsNullOrWhiteSpace(f) || !File.Exists(f)).ToList();
        return missing.Count > 0
            ? ValidateOptionsResult.Fail($"Holidays:Files names files that do not exist: {string.Join(", ", missing)}.")
            : ValidateOptionsResult.Success;
    }
}
