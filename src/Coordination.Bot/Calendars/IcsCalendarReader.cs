using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Coordination.Bot.Calendars;

/// <summary>
/// Reads an iCalendar (RFC 5545) file into the event occurrences of a period: all-day events (<c>DTEND</c> is
/// exclusive; no end means one day), multi-day events, <c>RRULE</c> recurrences, and timed events whose
/// <c>TZID</c> local time is converted to an instant with the daylight-saving rule of that date.
/// </summary>
public static partial class IcsCalendarReader
{
    /// <summary>How far back an occurrence may start and still reach into the period (a long festival).</summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(62);

    /// <summary>The occurrences that overlap <paramref name="from"/> to <paramref name="to"/>; an unreadable file throws <see cref="FormatException"/>.</summary>
    public static IReadOnlyList<CalendarSpan> Read(string ics, DateTimeOffset from, DateTimeOffset to)
    {
        try
        {
            var calendar = Calendar.Load(ics) ?? throw new FormatException("The file holds no calendar.");
            var start = new CalDateTime((from - Lookback).UtcDateTime, true);
            var end = new CalDateTime(to.UtcDateTime, true);
            return [.. calendar.GetOccurrences<CalendarEvent>(start).TakeWhileBefore(end)
                .Select(o => o.Source is CalendarEvent source ? Span(source, o.Period) : null)
                .OfType<CalendarSpan>()
                .Where(s => s.End > from)];
        }
        catch (Exception ex) when (ex is not FormatException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new FormatException("The file is not an iCalendar file.", ex);
        }
    }

    private static CalendarSpan? Span(CalendarEvent source, Period period)
    {
        var summary = source.Summary?.Trim() ?? string.Empty;
        var first = period.StartTime;
        var last = period.EffectiveEndTime ?? first;
        if (!first.HasTime)
        {
            var firstDay = first.Date;
            var endDay = last.Date > firstDay ? last.Date : firstDay.AddDays(1);
            var startAt = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return new CalendarSpan(summary, true, firstDay, endDay, startAt, new DateTimeOffset(endDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            {
                OutOfOffice = IsOutOfOffice(source, allDay: true),
            };
        }

        var startUtc = new DateTimeOffset(first.AsUtc, TimeSpan.Zero);
        var endUtc = new DateTimeOffset(last.AsUtc, TimeSpan.Zero);
        return new CalendarSpan(summary, false, DateOnly.FromDateTime(first.Value), DateOnly.FromDateTime(last.Value), startUtc, endUtc > startUtc ? endUtc : startUtc)
        {
            OutOfOffice = IsOutOfOffice(source, allDay: false),
        };
    }

    /// <summary>
    /// Out of office: Outlook's <c>X-MICROSOFT-CDO-BUSYSTATUS:OOF</c>; or a busy (<c>TRANSP:OPAQUE</c>, the default)
    /// event whose summary says out of office, OOO, vacation or holiday; or a busy all-day event.
    /// </summary>
    private static bool IsOutOfOffice(CalendarEvent source, bool allDay)
    {
        var status = source.Properties.FirstOrDefault(p => string.Equals(p.Name, "X-MICROSOFT-CDO-BUSYSTATUS", StringComparison.OrdinalIgnoreCase));
        if (status?.Value?.ToString() is { } busy)
        {
            return string.Equals(busy.Trim(), "OOF", StringComparison.OrdinalIgnoreCase);
        }

        var opaque = !string.Equals(source.Transparency, "TRANSPARENT", StringComparison.OrdinalIgnoreCase);
        return opaque && (allDay || AwayWords().IsMatch(source.Summary ?? string.Empty));
    }

    [GeneratedRegex(@"\b(out of (the )?office|ooo|oof|vacation|holidays?|annual leave|pto)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AwayWords();
}
