using System.Text.RegularExpressions;

namespace Coordination.Core.Commands;

/// <summary>A date read from a message: the date, its words as written, and the index where its phrase starts.</summary>
internal sealed record SaidDate(DueDate Due, string Text, int Start);

/// <summary>A date that starts at a known word and ends before <see cref="End"/>.</summary>
internal sealed record LeadingDate(DueDate Due, int End);

/// <summary>Words that look like a date I can't read, and the index of the "by" before them.</summary>
internal sealed record UnreadDate(string Text, int At);

/// <summary>Finds dates in a <see cref="Sentence"/>: after "by", leading a phrase, or ending one with no "by".</summary>
internal static partial class FreeDates
{
    /// <summary>Words (as regular-expression pieces) that make the words after "by" look like a date.</summary>
    private static readonly string[] DateWords =
    [
        @"\d{1,2}(?:st|nd|rd|th)", @"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?",
        "jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?", "sept?(?:ember)?",
        "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?",
        "today", "tomorrow", "tmrw", "tonight", "morning", "afternoon", "evening", "noon", "midnight",
        "week", "month", "quarter", "year", "eod", "eow", "eom", "asap", @"\d{1,2}[:/.]\d{1,2}", @"\d{1,2}\s?(?:am|pm)",
    ];

    private static readonly Regex DateLike = new(@"\b(?:" + string.Join('|', DateWords) + @")\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// A date as people say it: what <see cref="DueDate.TryParse"/> reads, plus "end of (the) week" (Friday).
    /// </summary>
    public static DueDate? Read(string text)
    {
        if (DueDate.TryParse(text, out var due))
        {
            return due;
        }

        var lower = text.ToLowerInvariant();
        var week = EndOfWeekPattern().Replace(lower, "friday");
        return week != lower && DueDate.TryParse(week, out due) ? due : null;
    }

    /// <summary>The longest run of words from <paramref name="from"/> (at most six, ending by <paramref name="to"/>) that is a date.</summary>
    public static LeadingDate? Leading(Sentence s, int from, int to, Func<int, bool>? endsWell = null)
    {
        for (var end = Math.Min(to, from + 6); end > from; end--)
        {
            if ((endsWell is null || endsWell(end)) && Read(s.Raw(from, end)) is { } due)
            {
                return new(due, end);
            }
        }

        return null;
    }

    /// <summary>"by/before/due/no later than &lt;date&gt;" ending the words before <paramref name="to"/>.</summary>
    public static SaidDate? By(Sentence s, int from, int to)
    {
        for (var by = to - 2; by >= from; by--)
        {
            if (s.Is(by, Phrases.DueWords) && Read(s.Raw(by + 1, to)) is { } due)
            {
                var start = s.Is(by, "than") && s.Is(by - 1, "later") && s.Is(by - 2, "no") ? by - 2
                    : s.Is(by, "by") && s.Is(by - 1, "due") && !s.Is(by - 2, Phrases.Be) ? by - 1
                    : by;
                if (s.Is(by, "than") && start == by)
                {
                    continue;
                }

                return new(due, s.Raw(by + 1, to), start);
            }
        }

        return null;
    }

    /// <summary>The words after the last "by"/"before" when they look like a date I can't read ("by the 3rd", "by end of month").</summary>
    public static UnreadDate? Unread(Sentence s, int from, int to)
    {
        for (var by = to - 2; by >= from && by >= to - 7; by--)
        {
            if (s.Is(by, Phrases.UnreadDueWords) && DateLike.IsMatch(s.Lower(by + 1, to)))
            {
                return new(s.Raw(by + 1, to), by);
            }
        }

        return null;
    }

    /// <summary>A date ending the words without "by" ("… tomorrow", "… on Friday", "… at 5pm").</summary>
    public static SaidDate? Bare(Sentence s, int from, int to)
    {
        for (var start = Math.Max(from, to - 6); start < to; start++)
        {
            if (Read(s.Raw(start, to)) is { } due)
            {
                var lead = s.Is(start - 1, Phrases.DateAt) && start - 1 >= from ? start - 1 : start;
                return new(due, s.Raw(start, to), lead);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week|eow)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EndOfWeekPattern();
}
