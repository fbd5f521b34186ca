using Coordination.Bot.Engine.Requests;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Coordination.Data.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Calendars;

/// <summary>
/// Reads a holiday calendar and stages it as a workspace's holidays: the all-day events (each day of a multi-day one)
/// from today over the coming months, recurrences expanded. The rows replace the workspace's previous ones in the
/// same save, the in-memory set follows, and the workspace's open follow-ups are computed again.
/// </summary>
public sealed class HolidayImport(CoordinationDbContext db, CalendarFetcher fetcher, FollowUpSchedule schedule, RequestLookup requests, TimeProvider time, IOptions<HolidaysOptions> options)
{
    public const string FromCalendar = "calendar";

    /// <summary>The holidays in the feed at <paramref name="url"/>; a feed that cannot be read or parsed throws <see cref="CalendarFetchException"/>.</summary>
    public async Task<IReadOnlyList<(DateOnly Day, string Name)>> ReadAsync(string url, CancellationToken cancellationToken)
    {
        var text = await fetcher.FetchAsync(url, cancellationToken);
        try
        {
            return HolidaysIn(text);
        }
        catch (FormatException ex)
        {
            throw new CalendarFetchException("That address does not hold an iCalendar (.ics) file.", ex);
        }
    }

    /// <summary>The all-day events of an iCalendar file from today over <c>Holidays:MonthsAhead</c>, one row per day.</summary>
    public IReadOnlyList<(DateOnly Day, string Name)> HolidaysIn(string ics)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1);
        var until = today.AddMonths(options.Value.MonthsAhead);
        return [.. IcsCalendarReader.Read(ics, now.AddDays(-1), now.AddMonths(options.Value.MonthsAhead))
            .Where(s => s.AllDay)
            .SelectMany(s => s.Days().Select(d => (Day: d, Name: s.Summary)))
            .Where(h => h.Day >= today && h.Day <= until)
            .DistinctBy(h => h.Day)
            .OrderBy(h => h.Day)];
    }

    /// <summary>Stages <paramref name="holidays"/> as the workspace's (replacing its previous ones) and moves its follow-ups; the caller saves.</summary>
    public async Task StageAsync(Workspace workspace, IReadOnlyList<(DateOnly Day, string Name)> holidays, CancellationToken cancellationToken)
    {
        db.WorkspaceHolidays.RemoveRange(await db.WorkspaceHolidays.Where(h => h.WorkspaceId == workspace.Id).ToListAsync(cancellationToken));
        db.WorkspaceHolidays.AddRange(holidays.Select(h => new WorkspaceHoliday(workspace.Id, h.Day, h.Name, FromCalendar)));
        schedule.WorkspaceHolidays.Replace(workspace.Id, holidays.Select(h => h.Day));
        foreach (var request in await requests.In(workspace).Where(r => r.Status == RequestStatus.Open).ToListAsync(cancellationToken))
        {
            request.RescheduleFollowUps(schedule);
        }
    }

    /// <summary>Loads every workspace's stored holidays into memory.</summary>
    public async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        var rows = await db.WorkspaceHolidays.AsNoTracking().Select(h => new { h.WorkspaceId, h.Date }).ToListAsync(cancellationToken);
        var linked = await db.HolidayCalendarLinks.AsNoTracking().Select(l => l.WorkspaceId).ToListAsync(cancellationToken);
        foreach (var workspaceId in linked.Union(rows.Select(r => r.WorkspaceId)))
        {
            schedule.WorkspaceHolidays.Replace(workspaceId, rows.Where(r => r.WorkspaceId == workspaceId).Select(r => r.Date));
        }
    }
}
