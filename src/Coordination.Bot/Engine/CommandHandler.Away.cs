using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    /// <summary>
    /// <c>away until &lt;date&gt; [delegate @x]</c>: every request waiting on the actor pauses until they are back, or, with a
    /// delegate, moves to the delegate now; new asks do the same while they are away.
    /// </summary>
    private async Task<Reply> AwayAsync(Session session, AwayCommand away, CancellationToken cancellationToken)
    {
        var until = StartOfDay(away.Until).Resolve(session.Now, schedule.CalendarOf(session.Actor).Zone);
        if (until <= session.Now)
        {
            return Reply.Failure("That date has passed: `away until <date> [delegate @person]`, e.g. `away until next week delegate @sam`.");
        }

        var stand = away.Delegate is null ? null : await directory.PersonAsync(session.Workspace, away.Delegate, cancellationToken);
        if (stand?.Id == session.Actor.Id)
        {
            return Reply.Failure("Name someone else as your delegate, or leave it out to pause your clocks.");
        }

        session.Actor.GoAway(until, stand);
        var held = 0;
        foreach (var request in await WaitingOnAsync(session.Workspace, session.Actor, cancellationToken))
        {
            held += request.HoldWhileAway(session.Actor, until, stand, session.Now, schedule) == ChangeResult.Applied ? 1 : 0;
        }

        var when = FollowUpMessages.Moment(until, session.Actor, schedule);
        return new Reply(stand is null
            ? $"You are away until {when}: your clocks pause ({held} open {Plural(held)}), and nobody is nudged meanwhile. `back` when you return."
            : $"You are away until {when}: {stand.DisplayName} stands in for you on {held} open {Plural(held)} and on new asks. `back` when you return.");
    }

    private async Task<Reply> BackAsync(Session session, CancellationToken cancellationToken)
    {
        if (session.Actor.AwayUntil is null)
        {
            return new Reply("You were not marked away.", Succeeded: false);
        }

        session.Actor.ComeBack();
        var resumed = 0;
        foreach (var request in await WaitingOnAsync(session.Workspace, session.Actor, cancellationToken))
        {
            resumed += request.Resume(session.Actor, session.Now, schedule) == ChangeResult.Applied ? 1 : 0;
        }

        return new Reply($"Welcome back: {resumed} paused {Plural(resumed)} {(resumed == 1 ? "is" : "are")} running again.");
    }

    /// <summary>For a new ask: who stands in for each stakeholder who is away with a delegate.</summary>
    private static IEnumerable<Person> StandInsFor(IEnumerable<Person> stakeholders, DateTimeOffset now) =>
        stakeholders.Select(p => p.IsAwayAt(now) && p.Delegate is { } stand ? stand : p);

    private async Task<List<CoordinationRequest>> WaitingOnAsync(Workspace workspace, Person person, CancellationToken cancellationToken) =>
        await Requests(workspace)
            .Where(r => r.Status == RequestStatus.Open && r.Stakeholders.Any(s => s.PersonId == person.Id && s.State == StakeholderState.Waiting))
            .ToListAsync(cancellationToken);

    /// <summary>"Away until Monday" means until Monday begins, not until Monday evening.</summary>
    private static DueDate StartOfDay(DueDate until) =>
        until is { Instant: null, After: null, At: null } ? until with { At = TimeOnly.MinValue } : until;

    private static string Plural(int count) => count == 1 ? "request" : "requests";
}
