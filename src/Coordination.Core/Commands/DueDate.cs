using System.Globalization;
using System.Text.RegularExpressions;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Commands;

/// <summary>A month and day without a year ("Dec 3"): the next such date on or after today.</summary>
public readonly record struct MonthDay(int Month, int Day)
{
    public DateOnly OnOrAfter(DateOnly today)
    {
        var year = today.Year;
        while (Day > DateTime.DaysInMonth(year, Month) || new DateOnly(year, Month, Day) < today)
        {
            year++;
        }

        return new DateOnly(year, Month, Day);
    }
}

/// <summary>
/// A due date as the speaker wrote it ("by Friday", "by tomorrow", "by 2026-12-03", "in 36 hours"), resolved only once
/// the speaker's time zone is known. Exactly one of <see cref="Instant"/>, <see cref="On"/>, <see cref="Next"/>,
/// <see cref="InDays"/>, <see cref="MonthDay"/> and <see cref="After"/> is set. <see cref="SkipToday"/> makes
/// <see cref="Next"/> a day after today even when today is that day ("next week" is the next Monday).
/// <see cref="After"/> is a stretch of real time from the moment it is resolved ("in 3 hours"), so it has no
/// <see cref="At"/>.
/// </summary>
public sealed partial record DueDate(
    DateTimeOffset? Instant = null,
    DateOnly? On = null,
    DayOfWeek? Next = null,
    int? InDays = null,
    TimeOnly? At = null,
    MonthDay? MonthDay = null,
    bool SkipToday = false,
    TimeSpan? After = null)
{
    /// <summary>The time of day a date without one means: the end of the working day.</summary>
    public static readonly TimeOnly EndOfDay = new(17, 0);

    private const int MaxDaysAhead = 366;

    public static DueDate Exactly(DateTimeOffset instant) => new(Instant: instant);

    /// <summary>The UTC instant this due date names for someone in <paramref name="zone"/> at <paramref name="now"/>.</summary>
    public DateTimeOffset Resolve(DateTimeOffset now, TimeZoneInfo zone)
    {
        if (Instant is { } instant)
        {
            return instant.ToUniversalTime();
        }

        if (After is { } after)
        {
            return (now + after).ToUniversalTime();
        }

        var calendar = new PersonCalendar(zone, WorkingDays.EveryDay);
        var local = calendar.ToLocal(now);
        var today = DateOnly.FromDateTime(local);
        var at = At ?? EndOfDay;
        var date = this switch
        {
            { On: { } on } => on,
            { MonthDay: { } monthDay } => monthDay.OnOrAfter(today),
            { Next: { } day } => Following(today, day, SkipToday || TimeOnly.FromDateTime(local) >= at),
            _ => today.AddDays(InDays ?? 0),
        };
        return calendar.ToInstant(date.ToDateTime(at));
    }

    /// <summary>
    /// Reads <c>today</c>, <c>tomorrow</c>, <c>eod</c> (or <c>end of day</c>), <c>fri</c>, <c>this fri</c>,
    /// <c>next week</c>, <c>next wed</c>, <c>in 3 days</c>, <c>in 36 hours</c>, <c>in 2d</c>, <c>Dec 3</c>,
    /// <c>3rd of December</c>, <c>3 Dec 2026</c>, <c>2026-12-03</c>, each optionally with a time before or after it
    /// (<c>17:00</c>, <c>5pm</c>, <c>at 9:30am</c>, <c>noon</c>); a time alone means today, <c>eod</c> with a day means
    /// that day's end.
    /// </summary>
    public static bool TryParse(string? text, out DueDate? due)
    {
        due = null;
        var lower = (text ?? string.Empty).TrimEnd('.', '!', '?').Replace(',', ' ').ToLowerInvariant();
        var words = EndOfDayPattern().Replace(lower, "eod").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6)
        {
            return false;
        }

        due = Date(words);
        for (var timeWords = 1; due is null && timeWords <= Math.Min(2, words.Length); timeWords++)
        {
            var dateWords = words[..^timeWords];
            dateWords = dateWords is [.. var rest, "at"] ? rest : dateWords;
            if (Time(string.Join(' ', words[^timeWords..])) is { } time && Date(dateWords) is { At: null, After: null } date)
            {
                due = date with { At = time };
            }
        }

        // The time first: "5pm tomorrow", "at noon on Friday".
        var lead = words is ["at", ..] ? 1 : 0;
        for (var timeWords = 1; due is null && timeWords <= Math.Min(2, words.Length - lead - 1); timeWords++)
        {
            var dateWords = words[(lead + timeWords)..];
            dateWords = dateWords is ["on", .. var rest] ? rest : dateWords;
            if (dateWords.Length > 0 && Time(string.Join(' ', words[lead..(lead + timeWords)])) is { } time
                && Date(dateWords) is { At: null, After: null } date)
            {
                due = date with { At = time };
            }
        }

        return due is not null;
    }

    private static DueDate? Date(string[] words) => words switch
    {
        [] or ["today"] => new(InDays: 0),
        ["tomorrow"] => new(InDays: 1),
        ["eod"] or ["eod", "today"] or ["today", "eod"] => new(InDays: 0, At: EndOfDay),
        ["eod", .. var day] when Date(day) is { At: null, After: null } date => date with { At = EndOfDay },
        [.. var day, "eod"] when Date(day) is { At: null, After: null } date => date with { At = EndOfDay },
        ["next", "week"] => new(Next: DayOfWeek.Monday, SkipToday: true),
        ["next", var day] when Weekday(day) is { } next => new(Next: next, SkipToday: true),
        ["this", var day] when Weekday(day) is { } next => new(Next: next),
        [var day] when Weekday(day) is { } next => new(Next: next),
        ["in" or "within", var count, var unit] when Days(count, unit) is { } days => new(InDays: days),
        ["in" or "within", .. var span] => Span(string.Join(' ', span)),
        [var iso] when DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) => new(On: on),
        [var day, "of", var month] => OnMonthDay(month, day, null),
        [var day, "of", var month, var year] => OnMonthDay(month, day, year),
        [var month, var day] => OnMonthDay(month, day, null),
        [var month, var day, var year] => OnMonthDay(month, day, year),
        _ => null,
    };

    /// <summary>"in 36h", "in 90 minutes", "in 2d": days and weeks count like "in 2 days", hours and minutes from now.</summary>
    private static DueDate? Span(string text)
    {
        if (!DurationText.TryParse(text, out var span))
        {
            return null;
        }

        return ClockUnit().IsMatch(text) ? new(After: span) : new(InDays: (int)span.TotalDays);
    }

    /// <summary>"Dec 3" or "3 Dec", with an optional year.</summary>
    private static DueDate? OnMonthDay(string first, string second, string? year)
    {
        var (month, day) = Month(first) is { } m ? (m, DayOfMonth(second)) : (Month(second), DayOfMonth(first));
        if (month is not { } mm || day is not { } dd || dd > DateTime.DaysInMonth(2024, mm))
        {
            return null;
        }

        if (year is null)
        {
            return new(MonthDay: new MonthDay(mm, dd));
        }

        return year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var yyyy)
            && yyyy >= 2000 && dd <= DateTime.DaysInMonth(yyyy, mm)
            ? new(On: new DateOnly(yyyy, mm, dd))
            : null;
    }

    private static int? Days(string count, string unit)
    {
        var n = count is "a" or "one" ? 1 : Number(count, 3);
        var perUnit = unit switch
        {
            "day" or "days" => 1,
            "week" or "weeks" => 7,
            _ => 0,
        };
        return n * perUnit is > 0 and <= MaxDaysAhead ? n * perUnit : null;
    }

    private static int? DayOfMonth(string text)
    {
        var digits = text.Length > 2 && text[^2..] is "st" or "nd" or "rd" or "th" ? text[..^2] : text;
        return Number(digits, 2) is { } day and >= 1 and <= 31 ? day : null;
    }

    private static TimeOnly? Time(string text)
    {
        if (text is "noon" or "midday")
        {
            return new TimeOnly(12, 0);
        }

        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = Number(match.Groups["hour"].Value, 2) ?? -1;
        var minute = match.Groups["minute"].Success ? Number(match.Groups["minute"].Value, 2) ?? -1 : 0;
        var half = match.Groups["half"].Value;
        if (half.Length > 0)
        {
            hour = hour is >= 1 and <= 12 ? hour % 12 + (half == "pm" ? 12 : 0) : -1;
        }
        else if (!match.Groups["minute"].Success)
        {
            return null;
        }

        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }

    private static int? Number(string text, int maxDigits) =>
        text.Length <= maxDigits && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DayOfWeek? Weekday(string text) => Weekdays.TryGetValue(text, out var day) ? day : null;

    private static int? Month(string text) => Months.TryGetValue(text, out var month) ? month : null;

    /// <summary>The next <paramref name="day"/> from <paramref name="today"/> (a week ahead when today is that day and is skipped).</summary>
    private static DateOnly Following(DateOnly today, DayOfWeek day, bool skipToday)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 && skipToday ? 7 : ahead);
    }

    private static readonly Dictionary<string, DayOfWeek> Weekdays = Enum.GetValues<DayOfWeek>()
        .SelectMany(day => new[] { day.ToString(), day.ToString()[..3] }.Select(name => (name, day)))
        .Concat([("tues", DayOfWeek.Tuesday), ("thur", DayOfWeek.Thursday), ("thurs", DayOfWeek.Thursday)])
        .ToDictionary(pair => pair.Item1, pair => pair.Item2, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int> Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames
        .Take(12)
        .SelectMany((name, index) => new[] { name, name[..3] }.Select(text => (text, month: index + 1)))
        .Append(("sept", 9))
        .DistinctBy(pair => pair.Item1)
        .ToDictionary(pair => pair.Item1, pair => pair.Item2, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|(?:the\s+)?end\s+of\s+today|close\s+of\s+business|cob)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EndOfDayPattern();

    [GeneratedRegex(@"(?:^|[\s\d])(?:h|hrs?|hours?|m|mins?|minutes?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockUnit();

    [GeneratedRegex(@"^(?<hour>[0-9]{1,2})(?::(?<minute>[0-9]{2}))?\s?(?<half>am|pm)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
