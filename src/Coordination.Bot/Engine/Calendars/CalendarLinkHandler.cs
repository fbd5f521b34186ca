using System.Globalization;
using Coordination.Bot.Calendars;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;

namespace Coordination.Bot.Engine.Calendars;

/// <summary>
/// <c>calendar &lt;ics url&gt;</c>, <c>calendar off</c> and <c>calendar delegate @x|off</c>: the actor links their own
/// calendar (read at once, then every 15 minutes), and names who stands in while it says they are out.
/// </summary>
public sealed class CalendarLinkHandler(PeopleDirectory directory, PersonalCalendars calendars, CalendarAbsence absence, FollowUpSchedule schedule)
    : ICommandHandler<LinkCalendarCommand>,
      ICommandHandler<CalendarStandInCommand>
{
    public async Task<Reply> HandleAsync(Session session, LinkCalendarCommand command, CancellationToken cancellationToken)
    {
        var actor = session.Actor;
        if (command.Url is not { } url)
        {
            actor.LinkCalendar(null);
            var ended = await absence.ApplyAsync(session.Workspace, actor, null, session.Now, cancellationToken);
            return new Reply("Your calendar is unlinked" + (ended ? ", and the absence it had set is over." : "."));
        }

        if (calendars.Refusal(url) is { } refusal)
        {
            return Reply.Failure($"{refusal} Give your calendar's private iCalendar address, like `/coord calendar https://calendar.example.com/me/basic.ics`.");
        }

        DateTimeOffset? until;
        try
        {
            until = await calendars.AwayUntilAsync(actor, url, session.Now, cancellationToken);
        }
        catch (CalendarFetchException ex)
        {
            return Reply.Failure($"I could not read that calendar: {ex.Message} Nothing changed.");
        }

        actor.LinkCalendar(calendars.Protect(url));
        await absence.ApplyAsync(session.Workspace, actor, until, session.Now, cancellationToken);
        var now = until is { } end && actor.AwayFromCalendar
            ? $" It says you are out until {FollowUpMessages.Moment(end, actor, schedule)}, so you are marked away."
            : string.Empty;
        return new Reply($"Your calendar is linked (its address is kept encrypted); its out-of-office events mark you away.{now} `/coord calendar delegate @person` names who stands in meanwhile.");
    }

    public async Task<Reply> HandleAsync(Session session, CalendarStandInCommand command, CancellationToken cancellationToken)
    {
        var stand = command.StandIn is null ? null : await directory.PersonAsync(session.Workspace, command.StandIn, cancellationToken);
        if (stand?.Id == session.Actor.Id)
        {
            return Reply.Failure("Name someone else to stand in for you, or `off`.");
        }

        session.Actor.SetStandIn(stand);
        return new Reply(stand is null
            ? "Nobody stands in for you while your calendar says you are out: your clocks pause instead."
            : string.Create(CultureInfo.InvariantCulture, $"{stand.DisplayName} stands in for you while your calendar says you are out."));
    }
}
