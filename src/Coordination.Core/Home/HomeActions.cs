using System.Globalization;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Home;

/// <summary>
/// The controls of a Home, on every platform: each names the setting it changes (its action) and carries the new
/// value; a press becomes the command that changes the setting for the presser, never for anyone else.
/// </summary>
public static class HomeActions
{
    /// <summary>Show the Home again (Teams' card refresh uses it as its verb).</summary>
    public const string Show = "home";

    /// <summary>The working days, as day names joined by commas (<c>mon,tue,wed</c>).</summary>
    public const string WorkingDays = "home-days";

    /// <summary>An IANA time zone.</summary>
    public const string TimeZone = "home-zone";

    /// <summary><c>on</c> or <c>off</c>.</summary>
    public const string MorningSummary = "home-summary";

    /// <summary>Away until a date (<c>yyyy-MM-dd</c>), optionally with a delegate's user id after a <c>|</c>.</summary>
    public const string Away = "home-away";

    /// <summary>Back now.</summary>
    public const string Back = "home-back";

    /// <summary>The day names, Monday first, as the working-days control writes them.</summary>
    public static readonly IReadOnlyList<(string Name, string Label, WorkingDays Day)> Days =
    [
        ("mon", "Mon", FollowUp.WorkingDays.Monday), ("tue", "Tue", FollowUp.WorkingDays.Tuesday), ("wed", "Wed", FollowUp.WorkingDays.Wednesday),
        ("thu", "Thu", FollowUp.WorkingDays.Thursday), ("fri", "Fri", FollowUp.WorkingDays.Friday), ("sat", "Sat", FollowUp.WorkingDays.Saturday),
        ("sun", "Sun", FollowUp.WorkingDays.Sunday),
    ];

    /// <summary>The command for a Home control, or <c>null</c> when <paramref name="action"/> is not one of the Home's.</summary>
    public static ChatCommand? ToCommand(string? action, string? value, CommandContext presser) => action switch
    {
        Show => new HomeCommand(presser),
        WorkingDays => ParseDays(value) is { } days and not FollowUp.WorkingDays.None
            ? new SetWorkingDaysCommand(presser, days)
            : new HelpCommand(presser, Problem: "Keep at least one working day ticked."),
        TimeZone when !string.IsNullOrWhiteSpace(value) => new SetTimeZoneCommand(presser, value.Trim()),
        MorningSummary => new SetMorningSummaryCommand(presser, value == "on"),
        Away => AwayFrom(value, presser),
        Back => new BackCommand(presser),
        _ => null,
    };

    /// <summary>Day names joined by commas, Monday first.</summary>
    public static string FormatDays(WorkingDays days) => string.Join(',', Days.Where(d => (days & d.Day) != 0).Select(d => d.Name));

    /// <summary>The days named in <paramref name="value"/>; <c>null</c> when a name is not a day's.</summary>
    public static WorkingDays? ParseDays(string? value)
    {
        var days = FollowUp.WorkingDays.None;
        foreach (var name in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Days.FirstOrDefault(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                return null;
            }

            days |= match.Day;
        }

        return days;
    }

    private static ChatCommand AwayFrom(string? value, CommandContext presser)
    {
        var parts = (value ?? string.Empty).Split('|', 2, StringSplitOptions.TrimEntries);
        if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
        {
            return new HelpCommand(presser, "away", "Pick the day you are back first.");
        }

        var standIn = parts is [_, { Length: > 0 } user] ? new PersonRef(user) : null;
        return new AwayCommand(presser, new DueDate(On: until), standIn);
    }
}
