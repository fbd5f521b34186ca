using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    /// <summary>
    /// <c>lead [@person] @lead</c>: only the person, their current lead or a workspace admin may set it; the person and
    /// both the old and the new lead are told by direct message.
    /// </summary>
    private async Task<Reply> SetLeadAsync(Session session, SetLeadCommand command, CancellationToken cancellationToken)
    {
        var person = command.Person is null ? session.Actor : await directory.PersonAsync(session.Workspace, command.Person, cancellationToken);
        var lead = await directory.PersonAsync(session.Workspace, command.Lead, cancellationToken);
        if (lead.Id == person.Id)
        {
            return Reply.Failure("Someone cannot be their own lead. Usage: `/coord lead [@person] @lead`.");
        }

        if (RefusedOn(session, person, $"set {person.DisplayName}'s lead") is { } refused)
        {
            return refused;
        }

        var old = person.Lead;
        if (old?.Id == lead.Id)
        {
            return new Reply($"{person.DisplayName}'s escalations already go to {lead.DisplayName}.", Succeeded: false);
        }

        person.SetLead(lead);
        await RescheduleAsync(session.Workspace, person, cancellationToken);
        TellLeadChanged(session, person, old, lead);
        return new Reply(person.Id == session.Actor.Id
            ? $"Your escalations now go to {lead.DisplayName}."
            : $"{person.DisplayName}'s escalations now go to {lead.DisplayName}.");
    }

    /// <summary>The person, their old lead and their new one each hear of the change by direct message.</summary>
    private void TellLeadChanged(Session session, Person person, Person? old, Person lead)
    {
        var by = session.Actor.Id == person.Id ? string.Empty : $" ({session.Actor.Mention.Token} made the change)";
        var was = old is null ? string.Empty : $", no longer to {old.Mention.Token}";
        var text = $"{person.Mention.Token}'s escalations now go to {lead.Mention.Token}{was}{by}.";
        Person[] mentioned = old is null ? [person, lead, session.Actor] : [person, lead, old, session.Actor];
        foreach (var recipient in new[] { person, old, lead }.OfType<Person>().DistinctBy(p => p.Id))
        {
            Tell(session, recipient, text, mentioned, "lead-changed");
        }
    }

    private async Task<Reply> SetTimeZoneAsync(Session session, SetTimeZoneCommand command, CancellationToken cancellationToken)
    {
        if (FollowUpSchedule.FindZone(command.TimeZoneId) is not { } zone)
        {
            return Reply.Failure($"'{command.TimeZoneId}' is not a time zone I know. Use an IANA name such as `Europe/London` or `America/New_York`.");
        }

        session.Actor.SetTimeZone(zone.Id);
        await RescheduleAsync(session.Workspace, session.Actor, cancellationToken);
        return new Reply($"Your time zone is now {zone.Id}; follow-ups reach you on your working mornings there.");
    }

    /// <summary><c>summary on|off</c>: the actor's morning summary; turning it on says when it comes.</summary>
    private Reply SetMorningSummary(Session session, SetMorningSummaryCommand command)
    {
        var actor = session.Actor;
        var wasOn = !actor.MorningSummaryOff;
        if (wasOn == command.On)
        {
            return new Reply(command.On ? $"Your morning summary is already on. {SummaryComes(actor)}" : "Your morning summary is already off. `/coord summary on` brings it back.", Succeeded: false);
        }

        actor.SetMorningSummary(command.On);
        return new Reply(command.On
            ? $"Your morning summary is on. {SummaryComes(actor)} `/coord summary off` stops it."
            : "Your morning summary is off. Nudges still come in each request's thread; `/coord summary on` brings the summary back.");
    }

    /// <summary>When the actor's summary comes, in their zone, or that this bot sends none.</summary>
    private string SummaryComes(Person person)
    {
        var window = schedule.Policy.DeliveryWindow;
        return summaryOptions.Value.Enabled
            ? $"On each of your working days, between {window.Start:HH\\:mm} and {window.End:HH\\:mm} {schedule.CalendarOf(person).Zone.Id}, one direct message lists what is waiting on you and what you are waiting on."
            : "This bot sends no morning summaries at the moment (its operator turned them off), so you will not get one until they are turned on again.";
    }

    /// <summary>
    /// What the platform says about the actor: a known zone replaces theirs (and moves their follow-ups); whether they
    /// administer the workspace, when it says, replaces what was recorded.
    /// </summary>
    private async Task<Reply> UpdateProfileAsync(Session session, ProfileCommand profile, CancellationToken cancellationToken)
    {
        if (profile.IsWorkspaceAdmin is { } admin)
        {
            session.Actor.SetWorkspaceAdmin(admin);
        }

        var zone = profile.TimeZoneId is null ? null : FollowUpSchedule.FindZone(profile.TimeZoneId);
        if (zone is not null && zone.Id != session.Actor.TimeZoneId)
        {
            session.Actor.SetTimeZone(zone.Id);
            await RescheduleAsync(session.Workspace, session.Actor, cancellationToken);
        }

        return new Reply(string.Empty);
    }

    /// <summary>Open requests that wait on or escalate through <paramref name="person"/> get their follow-ups recomputed.</summary>
    private async Task RescheduleAsync(Workspace workspace, Person person, CancellationToken cancellationToken)
    {
        var affected = await Requests(workspace)
            .Where(r => r.Status == RequestStatus.Open
                && (r.RequesterId == person.Id || r.EscalationTargetId == person.Id || r.Stakeholders.Any(s => s.PersonId == person.Id)))
            .ToListAsync(cancellationToken);
        foreach (var request in affected)
        {
            request.RescheduleFollowUps(schedule);
        }
    }
}
