namespace Coordination.Bot.Calendars;

/// <summary>
/// One occurrence of an event read from an iCalendar file. An all-day one covers the local dates
/// <see cref="FirstDay"/> up to <see cref="EndDay"/> (exclusive, as <c>DTEND;VALUE=DATE</c> is); a timed one runs
/// from <see cref="Start"/> to <see cref="End"/>.
/// </summary>
public sealed record CalendarSpan(string Summary, bool AllDay, DateOnly FirstDay, DateOnly EndDay, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The event says its owner is out of office (see <see cref="IcsCalendarReader"/>).</summary>
    public bool OutOfOffice { get; init; }

    public IEnumerable<DateOnly> Days()
    {
        for (var day = FirstDay; day < EndDay; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
