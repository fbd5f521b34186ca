using System.Globalization;
using System.Text.RegularExpressions;

namespace Coordination.Core.FollowUp;

/// <summary>
/// Reads a working week as people write it: <c>mon-thu 08:00-16:00</c>, <c>mon,wed,fri 9-17</c>,
/// <c>weekdays 08:30-17:00</c>; and writes it back the same way.
/// </summary>
public static partial class WorkingHoursSpec
{
    public const string Examples = "`hours mon-thu 08:00-16:00`, `hours mon,wed,fri 9-17` or `hours weekdays 08:30-17:00`";

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static bool TryParse(string days, string hours, out WorkingDays workingDays, out WorkingHours workingHours)
    {
        workingHours = default;
        return TryParseDays(days, out workingDays) && TryParseHours(hours, out workingHours);
    }

    public static bool TryParseDays(string text, out WorkingDays days)
    {
        days = text.Trim().ToLowerInvariant() switch
        {
            "weekdays" or "workdays" => WorkingDays.Weekdays,
            "everyday" or "daily" or "all" => WorkingDays.EveryDay,
            "weekends" or "weekend" => WorkingDays.Saturday | WorkingDays.Sunday,
            _ => WorkingDays.None,
        };
        if (days != WorkingDays.None)
        {
            return true;
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', '–');
            if (ends.Length > 2 || !TryDay(ends[0], out var first) || !TryDay(ends[^1], out var last))
            {
                days = WorkingDays.None;
                return false;
            }

            for (var day = first; ; day = (day + 1) % 7)
            {
                days |= Flag(day);
                if (day == last)
                {
                    break;
                }
            }
        }

        return days != WorkingDays.None;
    }

    public static bool TryParseHours(string text, out WorkingHours hours)
    {
        hours = default;
        var match = HoursPattern().Match(text.Trim());
        if (!match.Success || !TryTime(match.Groups["start"].Value, out var start) || !TryTime(match.Groups["end"].Value, out var end))
        {
            return false;
        }

        if (end <= start)
        {
            return false;
        }

        hours = new WorkingHours(start, end);
        return true;
    }

    /// <summary><c>Mon–Thu 08:00–16:00</c>.</summary>
    public static string Describe(WorkingDays days, WorkingHours hours) => $"{DescribeDays(days)} {hours}";

    public static string DescribeDays(WorkingDays days)
    {
        if (days == WorkingDays.None)
        {
            return "no days";
        }

        var order = Enumerable.Range(1, 7).Select(i => i % 7).Where(i => (days & Flag(i)) != 0).ToList();
        var runs = new List<string>();
        for (var i = 0; i < order.Count;)
        {
            var j = i;
            while (j + 1 < order.Count && order[j + 1] == order[j] + 1)
            {
                j++;
            }

            runs.Add(j - i >= 2 ? $"{Title(order[i])}–{Title(order[j])}" : string.Join(", ", order[i..(j + 1)].Select(Title)));
            i = j + 1;
        }

        return string.Join(", ", runs);
    }

    private static string Title(int day) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(DayNames[day]);

    private static bool TryDay(string word, out int day)
    {
        var w = word.Trim().ToLowerInvariant();
        day = FullDayPattern().IsMatch(w) ? Array.IndexOf(DayNames, w[..3]) : -1;
        return day >= 0;
    }

    private static bool TryTime(string text, out TimeOnly time)
    {
        time = default;
        var m = TimePattern().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = m.Groups["ap"].Value.ToLowerInvariant();
        if (meridiem.Length > 0 && hour is < 1 or > 12)
        {
            return false;
        }

        hour = meridiem switch { "am" => hour % 12, "pm" => (hour % 12) + 12, _ => hour };
        if (hour == 24 && minute == 0)
        {
            time = TimeOnly.MaxValue;
            return true;
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    private static WorkingDays Flag(int day) => day == 0 ? WorkingDays.Sunday : (WorkingDays)(1 << (day - 1));

    [GeneratedRegex(@"^(?<start>[0-9:apm]+)\s*(?:-|–|to)\s*(?<end>[0-9:apm]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HoursPattern();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?::(?<m>\d{2}))?(?<ap>am|pm)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?s?$", RegexOptions.CultureInvariant)]
    private static partial Regex FullDayPattern();
}
