using Coordination.Bot.Engine.Requests;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Calendars;

/// <summary>
/// Applies what a calendar says about someone's absence the way <c>away until</c> and <c>back</c> do: their waiting
/// requests pause, or move to their stand-in (<c>calendar delegate @x</c>), and run again when the calendar no longer
/// says they are out. An absence set by hand is left alone; a calendar only ends an absence it started.
/// </summary>
public sealed class CalendarAbsence(CoordinationDbContext db, RequestLookup requests, FollowUpSchedule schedule)
{
    /// <summary>Whether anything changed; the caller saves.</summary>
    public async Task<bool> ApplyAsync(Workspace workspace, Person person, DateTimeOffset? awayUntil, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (awayUntil is { } until && until > now)
        {
            if (person.IsAwayAt(now) && (!person.AwayFromCalendar || person.AwayUntil == until))
            {
                return false;
            }

            if (person.StandInId is not null && person.StandIn is null)
            {
                await db.Entry(person).Reference(p => p.StandIn).LoadAsync(cancellationToken);
            }

            var stand = person.StandIn?.Id == person.Id ? null : person.StandIn;
            person.GoAway(until, stand);
            person.MarkAwayFromCalendar(true);
            foreach (var request in await WaitingOnAsync(workspace, person, cancellationToken))
            {
                request.HoldWhileAway(person, until, stand, now, schedule);
            }

            return true;
        }

        if (!person.AwayFromCalendar || person.AwayUntil is null)
        {
            return false;
        }

        person.ComeBack();
        foreach (var request in await WaitingOnAsync(workspace, person, cancellationToken))
        {
            request.Resume(person, now, schedule);
        }

        return true;
    }

    private Task<List<CoordinationRequest>> WaitingOnAsync(Workspace workspace, Person person, CancellationToken cancellationToken) =>
        requests.In(workspace)
            .Where(r => r.Status == RequestStatus.Open && r.Stakeholders.Any(s => s.PersonId == person.Id && s.State == StakeholderState.Waiting))
            .ToListAsync(cancellationToken);
}
