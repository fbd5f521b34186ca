using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Microsoft.AspNetCore.DataProtection;

namespace Coordination.Bot.Calendars;

/// <summary>
/// People's own calendar feeds (<c>calendar &lt;ics url&gt;</c>): kept encrypted with Data Protection (a private feed
/// address is a secret), and read for the out-of-office event going on now.
/// </summary>
public sealed class PersonalCalendars(CalendarFetcher fetcher, FollowUpSchedule schedule, IDataProtectionProvider protection)
{
    private const string Purpose = "Coordination.CalendarFeed.v1";

    /// <summary>How far ahead a feed is read for out-of-office events.</summary>
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(62);

    public string? Refusal(string url) => fetcher.Refusal(url);

    public string Protect(string url) => protection.CreateProtector(Purpose).Protect(url);

    /// <summary>Until when the feed at <paramref name="url"/> says <paramref name="person"/> is out, or <c>null</c> when it does not say so now.</summary>
    public async Task<DateTimeOffset?> AwayUntilAsync(Person person, string url, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var text = await fetcher.FetchAsync(url, cancellationToken);
        try
        {
            return AwayUntil(IcsCalendarReader.Read(text, now, now + Ahead), schedule.CalendarOf(person), now);
        }
        catch (FormatException ex)
        {
            throw new CalendarFetchException("That address does not hold an iCalendar (.ics) file.", ex);
        }
    }

    /// <summary>The same for the person's stored feed; <c>null</c> when they linked none.</summary>
    public Task<DateTimeOffset?> StoredAwayUntilAsync(Person person, DateTimeOffset now, CancellationToken cancellationToken) =>
        person.EncryptedCalendarFeed is { } stored
            ? AwayUntilAsync(person, protection.CreateProtector(Purpose).Unprotect(stored), now, cancellationToken)
            : Task.FromResult<DateTimeOffset?>(null);

    /// <summary>The end of the out-of-office time going on at <paramref name="now"/>, following on through events that touch or overlap.</summary>
    public static DateTimeOffset? AwayUntil(IEnumerable<CalendarSpan> spans, PersonCalendar calendar, DateTimeOffset now)
    {
        var away = spans.Where(s => s.OutOfOffice).Select(s => Instants(s, calendar)).OrderBy(s => s.Start).ToList();
        DateTimeOffset? until = null;
        foreach (var (start, end) in away)
        {
            if (start <= (until ?? now) && end > (until ?? now))
            {
                until = end;
            }
        }

        return until;
    }

    /// <summary>An all-day event runs from midnight to midnight on the person's own clock.</summary>
    private static (DateTimeOffset Start, DateTimeOffset End) Instants(CalendarSpan span, PersonCalendar calendar) =>
        span.AllDay
            ? (calendar.ToInstant(span.FirstDay.ToDateTime(TimeOnly.MinValue)), calendar.ToInstant(span.EndDay.ToDateTime(TimeOnly.MinValue)))
            : (span.Start, span.End);
}
