using System.Security.Cryptography;
using Coordination.Bot.Calendars.Graph;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Calendars;

/// <summary>
/// What the out-of-office job does each run: for everyone with a linked calendar feed, and (with <c>Graph:Enabled</c>)
/// everyone in a Teams tenant whose directory id is known, reads whether they are out now and applies it as
/// <see cref="CalendarAbsence"/> does. Graph's working hours fill in the days, hours and zone of people who set none.
/// </summary>
public sealed class OutOfOfficeRefresh(CoordinationDbContext db, PersonalCalendars calendars, GraphMailbox graph, CalendarAbsence absence, TimeProvider time, ILogger<OutOfOfficeRefresh> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var teams = graph.Enabled;
        var people = await db.People.Include(p => p.StandIn)
            .Where(p => p.EncryptedCalendarFeed != null
                || (teams && p.DirectoryId != null && db.Workspaces.Any(w => w.Id == p.WorkspaceId && w.Platform == ChatPlatform.Teams)))
            .ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            var workspace = await db.Workspaces.SingleAsync(w => w.Id == person.WorkspaceId, cancellationToken);
            await RefreshAsync(workspace, person, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>Reads <paramref name="person"/>'s sources and applies the result; a source that cannot be read changes nothing.</summary>
    public async Task RefreshAsync(Workspace workspace, Person person, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var known = false;
        DateTimeOffset? until = null;
        if (person.EncryptedCalendarFeed is not null)
        {
            try
            {
                until = await calendars.StoredAwayUntilAsync(person, now, cancellationToken);
                known = true;
            }
            catch (Exception ex) when (ex is CalendarFetchException or CryptographicException)
            {
                Log.PersonalCalendarFailed(logger, person.PlatformUserId, workspace.ExternalId, ex.Message);
            }
        }

        if (workspace.Platform == ChatPlatform.Teams && person.DirectoryId is { } directoryId
            && await graph.ReadAsync(workspace.ExternalId, directoryId, person.Hours is null, cancellationToken) is { } reading)
        {
            known = true;
            until = until is null || reading.AwayUntil > until ? reading.AwayUntil ?? until : until;
            FillWorkingWeek(person, reading);
        }

        if (known)
        {
            await absence.ApplyAsync(workspace, person, until, now, cancellationToken);
        }
    }

    private static void FillWorkingWeek(Person person, MailboxReading reading)
    {
        if (person.Hours is null && reading.Days is { } days && reading.Hours is { } hours)
        {
            person.SetWorkingHours(days, hours);
        }

        if (person.TimeZoneId is null && reading.TimeZoneId is { } zone)
        {
            person.SetTimeZone(zone);
        }
    }
}
