using Coordination.Core.FollowUp;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Calendars;

/// <summary>
/// What the holiday job does each run: reads the configured files (holidays everywhere), loads every workspace's
/// stored holidays into memory (so an import on another instance reaches this one), and reads again each workspace
/// feed last read longer than <c>Holidays:RefreshInterval</c> ago. A feed that fails keeps its previous holidays.
/// </summary>
public sealed class HolidayRefresh(CoordinationDbContext db, HolidayImport import, FollowUpSchedule schedule, TimeProvider time, IOptions<HolidaysOptions> options, ILogger<HolidayRefresh> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await ReadFilesAsync(cancellationToken);
        await import.LoadAllAsync(cancellationToken);
        var now = time.GetUtcNow();
        var stale = now - options.Value.RefreshInterval;
        var links = await db.HolidayCalendarLinks.Where(l => l.RefreshedAt == null || l.RefreshedAt <= stale).ToListAsync(cancellationToken);
        foreach (var link in links)
        {
            var workspace = await db.Workspaces.SingleAsync(w => w.Id == link.WorkspaceId, cancellationToken);
            try
            {
                var holidays = await import.ReadAsync(link.Url, cancellationToken);
                await import.StageAsync(workspace, holidays, cancellationToken);
                link.Refreshed(now, null);
                Log.HolidayCalendarRefreshed(logger, workspace.ExternalId, holidays.Count);
            }
            catch (CalendarFetchException ex)
            {
                link.Refreshed(now, ex.Message);
                Log.HolidayCalendarFailed(logger, workspace.ExternalId, ex.Message);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task ReadFilesAsync(CancellationToken cancellationToken)
    {
        var days = new List<DateOnly>();
        foreach (var path in options.Value.Files)
        {
            try
            {
                days.AddRange(import.HolidaysIn(await File.ReadAllTextAsync(path, cancellationToken)).Select(h => h.Day));
            }
            catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
            {
                Log.HolidayFileFailed(logger, path, ex.Message);
            }
        }

        schedule.WorkspaceHolidays.ReplaceEverywhere(days);
    }
}
