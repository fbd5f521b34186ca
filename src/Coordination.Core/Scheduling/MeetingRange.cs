using Coordination.Core.Commands;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Scheduling;

/// <summary>Where to look for a meeting's time: <c>today</c>, <c>tomorrow</c>, <c>this week</c>, <c>next week</c>, a date, or <c>by friday</c>.</summary>
public sealed record MeetingRange(MeetingRangeKind Kind, string Words, DueDate? Day = null)
{
    public static readonly MeetingRange ThisWeek = new(MeetingRangeKind.ThisWeek, "this week");

    /// <summary>Reads the words of a range; empty means this week.</summary>
    public static MeetingRange? TryParse(string? text)
    {
        var words = string.Join(' ', (text ?? string.Empty).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words switch
        {
            "" or "this week" => ThisWeek,
            "today" => new(MeetingRangeKind.Today, words),
            "tomorrow" => new(MeetingRangeKind.Tomorrow, words),
            "next week" => new(MeetingRangeKind.NextWeek, words),
            _ when words.StartsWith("by ", StringComparison.Ordinal) => DueDate.TryParse(words[3..], out var by) && by is not null ? new(MeetingRangeKind.By, words, by) : null,
            _ => DueDate.TryParse(words.StartsWith("on ", StringComparison.Ordinal) ? words[3..] : words, out var day) && day is not null ? new(MeetingRangeKind.Day, words, day) : null,
        };
    }

    /// <summary>The instants it spans on the requester's clock at <paramref name="now"/> (the start never before now).</summary>
    public (DateTimeOffset From, DateTimeOffset To) Resolve(DateTimeOffset now, TimeZoneInfo zone)
    {
        var calendar = new PersonCalendar(zone, WorkingDays.EveryDay);
        var today = calendar.ToLocal(now).Date;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var (from, to) = Kind switch
        {
            MeetingRangeKind.Today => (today, today.AddDays(1)),
            MeetingRangeKind.Tomorrow => (today.AddDays(1), today.AddDays(2)),
            MeetingRangeKind.NextWeek => (monday.AddDays(7), monday.AddDays(14)),
            MeetingRangeKind.Day => DayOf(Day!.Resolve(now, zone), calendar),
            MeetingRangeKind.By => (today, calendar.ToLocal(Day!.Resolve(now, zone)).Date.AddDays(1)),
            _ => (today, monday.AddDays(7)),
        };
        var start = calendar.ToInstant(from);
        return (start < now ? now : start, calendar.ToInstant(to));
    }

    /// <summary>The range as a sentence ends with it: "this week", "on dec 9", "by friday".</summary>
    public string Phrase => Kind == MeetingRangeKind.Day && !Words.StartsWith("on ", StringComparison.Ordinal) ? "on " + Words : Words;

    /// <summary>Where to look instead when nothing fits.</summary>
    public string Wider => Kind switch
    {
        MeetingRangeKind.Today => "tomorrow",
        MeetingRangeKind.ThisWeek => "next week",
        MeetingRangeKind.NextWeek => "a later date, like `by` a day the week after",
        _ => "this week or next week",
    };

    private static (DateTime, DateTime) DayOf(DateTimeOffset instant, PersonCalendar calendar)
    {
        var day = calendar.ToLocal(instant).Date;
        return (day, day.AddDays(1));
    }
}

public enum MeetingRangeKind
{
    ThisWeek,
    Today,
    Tomorrow,
    NextWeek,
    Day,
    By,
}
