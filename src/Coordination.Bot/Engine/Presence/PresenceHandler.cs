using Coordination.Bot.Engine.Requests;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Presence;

/// <summary>
/// <c>away [@person] until &lt;date&gt; [delegate @x]</c> and <c>back [@person]</c>. Someone else's absence or return
/// takes their consent: only they, their lead or a workspace admin may set it, and they are told by direct message.
/// </summary>
public sealed class PresenceHandler(PeopleDirectory directory, RequestLookup requests, Consent consent, DirectMessages messages, FollowUpSchedule schedule)
    : ICommandHandler<AwayCommand>,
      ICommandHandler<BackCommand>
{
    /// <summary>
    /// Every request waiting on the person (the actor unless named) pauses until they are back, or, with a delegate,
    /// moves to the delegate now; new asks do the same while they are away.
    /// </summary>
    public async Task<Reply> HandleAsync(Session session, AwayCommand command, CancellationToken cancellationToken)
    {
        var person = command.Person is null ? session.Actor : await directory.PersonAsync(session.Workspace, command.Person, cancellationToken);
        if (consent.Refused(session, person, $"mark {person.DisplayName} away or name their delegate") is { } refused)
        {
            return refused;
        }

        var until = StartOfDay(command.Until).Resolve(session.Now, schedule.CalendarOf(person).Zone);
        if (until <= session.Now)
        {
            return Reply.Failure("That date has passed: `away until <date> [delegate @person]`, e.g. `away until next week delegate @sam`.");
        }

        var stand = command.Delegate is null ? null : await directory.PersonAsync(session.Workspace, command.Delegate, cancellationToken);
        if (stand?.Id == person.Id)
        {
            return Reply.Failure("Name someone else as the delegate, or leave it out to pause the clocks.");
        }

        person.GoAway(until, stand);
        var held = 0;
        foreach (var request in await WaitingOnAsync(session.Workspace, person, cancellationToken))
        {
            held += request.HoldWhileAway(person, until, stand, session.Now, schedule) == ChangeResult.Applied ? 1 : 0;
        }

        return AwayReply(session, person, stand, FollowUpMessages.Moment(until, person, schedule), held);
    }

    /// <summary>Paused clocks run from now.</summary>
    public async Task<Reply> HandleAsync(Session session, BackCommand command, CancellationToken cancellationToken)
    {
        var person = command.Person is null ? session.Actor : await directory.PersonAsync(session.Workspace, command.Person, cancellationToken);
        if (consent.Refused(session, person, $"mark {person.DisplayName} back") is { } refused)
        {
            return refused;
        }

        var self = person.Id == session.Actor.Id;
        if (person.AwayUntil is null)
        {
            return new Reply(self ? "You were not marked away." : $"{person.DisplayName} was not marked away.", Succeeded: false);
        }

        person.ComeBack();
        var resumed = 0;
        foreach (var request in await WaitingOnAsync(session.Workspace, person, cancellationToken))
        {
            resumed += request.Resume(person, session.Now, schedule) == ChangeResult.Applied ? 1 : 0;
        }

        var running = $"{resumed} paused {Plural(resumed)} {(resumed == 1 ? "is" : "are")} running again";
        if (!self)
        {
            messages.Tell(session, person, $"{session.Actor.Mention.Token} marked you back: {running}.", [session.Actor], "back-set");
        }

        return new Reply(self ? $"Welcome back: {running}." : $"{person.DisplayName} is back: {running}. I told them by direct message.");
    }

    private Reply AwayReply(Session session, Person person, Person? stand, string when, int held)
    {
        if (person.Id != session.Actor.Id)
        {
            var text = stand is null
                ? $"{session.Actor.Mention.Token} marked you away until {when}: your clocks pause ({held} open {Plural(held)}). `back` when you return."
                : $"{session.Actor.Mention.Token} marked you away until {when}: {stand.Mention.Token} stands in for you on {held} open {Plural(held)} and on new asks. `back` when you return.";
            messages.Tell(session, person, text, stand is null ? [session.Actor] : [session.Actor, stand], "away-set");
            return new Reply($"{person.DisplayName} is away until {when}{(stand is null ? string.Empty : $", with {stand.DisplayName} standing in")} ({held} open {Plural(held)}). I told them by direct message.");
        }

        return new Reply(stand is null
            ? $"You are away until {when}: your clocks pause ({held} open {Plural(held)}), and nobody is nudged meanwhile. `back` when you return."
            : $"You are away until {when}: {stand.DisplayName} stands in for you on {held} open {Plural(held)} and on new asks. `back` when you return.");
    }

    private async Task<List<CoordinationRequest>> WaitingOnAsync(Workspace workspace, Person person, CancellationToken cancellationToken) =>
        await requests.In(workspace)
            .Where(r => r.Status == RequestStatus.Open && r.Stakeholders.Any(s => s.PersonId == person.Id && s.State == StakeholderState.Waiting))
            .ToListAsync(cancellationToken);

    /// <summary>"Away until Monday" means until Monday begins, not until Monday evening.</summary>
    private static DueDate StartOfDay(DueDate until) =>
        until is { Instant: null, After: null, At: null } ? until with { At = TimeOnly.MinValue } : until;

    private static string Plural(int count) => count == 1 ? "request" : "requests";
}
