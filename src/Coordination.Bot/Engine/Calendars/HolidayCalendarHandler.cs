using Coordination.Bot.Calendars;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Data.Calendars;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Calendars;

/// <summary>
/// <c>holidays calendar &lt;url&gt;</c> and <c>holidays calendar off</c>: a workspace admin links the workspace's
/// holiday calendar (read now, then daily) or removes it with its holidays.
/// </summary>
public sealed class HolidayCalendarHandler(CoordinationDbContext db, HolidayImport import, ILogger<HolidayCalendarHandler> logger)
    : ICommandHandler<HolidayCalendarCommand>
{
    public async Task<Reply> HandleAsync(Session session, HolidayCalendarCommand command, CancellationToken cancellationToken)
    {
        if (!session.ActorIsAdmin && !session.Actor.IsWorkspaceAdmin)
        {
            return Reply.Failure("Only a workspace admin sets the workspace's holiday calendar. `/coord holiday <date>` adds a day off for you alone.");
        }

        var link = await db.HolidayCalendarLinks.SingleOrDefaultAsync(l => l.WorkspaceId == session.Workspace.Id, cancellationToken);
        if (command.Url is null)
        {
            return await OffAsync(session, link, cancellationToken);
        }

        IReadOnlyList<(DateOnly Day, string Name)> holidays;
        try
        {
            holidays = await import.ReadAsync(command.Url, cancellationToken);
        }
        catch (CalendarFetchException ex)
        {
            Log.HolidayCalendarFailed(logger, session.Workspace.ExternalId, ex.Message);
            return Reply.Failure($"I could not read that calendar: {ex.Message} Nothing changed.");
        }

        if (link is null)
        {
            link = new HolidayCalendarLink(session.Workspace.Id, command.Url);
            db.HolidayCalendarLinks.Add(link);
        }

        link.Point(command.Url);
        link.Refreshed(session.Now, null);
        await import.StageAsync(session.Workspace, holidays, cancellationToken);
        var next = holidays.Count == 0 ? "none in the coming months" : $"the next is {holidays[0].Day:ddd d MMM yyyy}";
        return new Reply($"The workspace's holiday calendar is linked: {holidays.Count} holidays ({next}). Windows skip them like a weekend; I read it again every day.");
    }

    private async Task<Reply> OffAsync(Session session, HolidayCalendarLink? link, CancellationToken cancellationToken)
    {
        if (link is not null)
        {
            db.HolidayCalendarLinks.Remove(link);
        }

        await import.StageAsync(session.Workspace, [], cancellationToken);
        return new Reply("The workspace's holiday calendar is off: its holidays no longer count as days off.");
    }
}
