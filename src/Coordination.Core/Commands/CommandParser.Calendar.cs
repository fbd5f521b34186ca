using System.Globalization;
using Coordination.Core.FollowUp;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>Working time and days off: <c>hours</c>, <c>holiday</c>, <c>holidays</c> and <c>calendar</c>.</summary>
public static partial class CommandParser
{
    /// <summary>The longest span one <c>holiday a..b</c> may cover.</summary>
    public const int MaxHolidaySpanDays = 62;

    private const string HolidayExample = "`/coord holiday 2026-12-24` or `/coord holiday 2026-12-24..2026-12-31`";

    /// <summary><c>hours</c>, or <c>hours [@person] &lt;days&gt; &lt;from&gt;-&lt;to&gt;</c>.</summary>
    private static ChatCommand Hours(CommandInput input)
    {
        if (input.Count == 1)
        {
            return new ShowWorkingHoursCommand(input.Context);
        }

        var subject = TryPerson(input[1], out var person) ? person : null;
        var at = subject is null ? 1 : 2;
        var words = Enumerable.Range(at, input.Count - at).Select(i => input[i]).ToList();
        if (words.Count >= 2 && WorkingHoursSpec.TryParseDays(string.Join(string.Empty, words[..^1]), out var days)
            && WorkingHoursSpec.TryParseHours(words[^1], out var hours))
        {
            return new WorkingHoursCommand(input.Context, days, hours, subject);
        }

        if (words.Count >= 2 && WorkingHoursSpec.TryParseDays(words[0], out days)
            && WorkingHoursSpec.TryParseHours(string.Join(' ', words.Skip(1)), out hours))
        {
            return new WorkingHoursCommand(input.Context, days, hours, subject);
        }

        return input.Fail("hours", $"I can't read {Quote(input.Raw(at, input.Count))} as working days and hours: write the days, then the hours, like {WorkingHoursSpec.Examples}.");
    }

    /// <summary><c>holiday [remove] &lt;date&gt;[..&lt;date&gt;]</c>.</summary>
    private static ChatCommand Holiday(CommandInput input)
    {
        var remove = input.Is(1, "remove") || input.Is(1, "delete") || input.Is(1, "off");
        var at = remove ? 2 : 1;
        if (input.Count != at + 1)
        {
            return input.Fail("holiday", $"`holiday` takes one date or one range, like {HolidayExample}.");
        }

        var parts = input[at].Split("..");
        if (parts.Length > 2 || !TryIsoDate(parts[0], out var from) || !TryIsoDate(parts[^1], out var to))
        {
            return input.Fail("holiday", $"I can't read {Quote(input[at])} as a date: write it like {HolidayExample}.");
        }

        if (to < from || to.DayNumber - from.DayNumber >= MaxHolidaySpanDays)
        {
            return input.Fail("holiday", $"A range runs forward and covers at most {MaxHolidaySpanDays} days, like {HolidayExample}; for longer, use `away until <date>`.");
        }

        return new HolidayCommand(input.Context, from, to, remove);
    }

    /// <summary><c>holidays</c>, <c>holidays calendar &lt;url&gt;</c> or <c>holidays calendar off</c>.</summary>
    private static ChatCommand Holidays(CommandInput input)
    {
        if (input.Count == 1)
        {
            return new ListHolidaysCommand(input.Context);
        }

        return input.Is(1, "calendar") && input.Count == 3
            ? new HolidayCalendarCommand(input.Context, input.Is(2, "off") ? null : Link(input[2]))
            : input.Fail("holidays", "`holidays` lists your coming holidays; a workspace admin sets the workspace's with `/coord holidays calendar https://…/holidays.ics` (or `off`).");
    }

    /// <summary><c>calendar &lt;url&gt;</c>, <c>calendar off</c>, or <c>calendar delegate @x|off</c>.</summary>
    private static ChatCommand Calendar(CommandInput input)
    {
        if (input.Is(1, "delegate") && input.Count == 3)
        {
            return input.Is(2, "off")
                ? new CalendarStandInCommand(input.Context, null)
                : TryPerson(input[2], out var standIn)
                    ? new CalendarStandInCommand(input.Context, standIn)
                    : input.Fail("calendar", "`calendar delegate` takes one @-mention (or `off`), like `/coord calendar delegate @dana`.");
        }

        return input.Count == 2 && !input.Is(1, "delegate")
            ? new LinkCalendarCommand(input.Context, input.Is(1, "off") ? null : Link(input[1]))
            : input.Fail("calendar", "`calendar` takes your calendar's private iCalendar (ICS) address, like `/coord calendar https://calendar.example.com/me/basic.ics`, or `off`; `/coord calendar delegate @dana` names who stands in while it says you are out.");
    }

    /// <summary>A link as chat platforms wrap it (<c>&lt;https://…|label&gt;</c>) or as written.</summary>
    private static string Link(string word)
    {
        var text = word.Trim();
        if (text.StartsWith('<') && text.EndsWith('>'))
        {
            text = text[1..^1];
        }

        var bar = text.IndexOf('|', StringComparison.Ordinal);
        return bar >= 0 ? text[..bar] : text;
    }

    private static bool TryIsoDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
