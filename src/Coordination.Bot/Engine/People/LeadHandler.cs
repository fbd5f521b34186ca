using Coordination.Core.Commands;
using Coordination.Core.Requests;

namespace Coordination.Bot.Engine.People;

/// <summary>
/// <c>lead [@person] @lead</c>: only the person, their current lead or a workspace admin may set it; the person and
/// both the old and the new lead are told by direct message.
/// </summary>
public sealed class LeadHandler(PeopleDirectory directory, Consent consent, DirectMessages messages, FollowUpRescheduler rescheduler)
    : ICommandHandler<SetLeadCommand>
{
    public async Task<Reply> HandleAsync(Session session, SetLeadCommand command, CancellationToken cancellationToken)
    {
        var person = command.Person is null ? session.Actor : await directory.PersonAsync(session.Workspace, command.Person, cancellationToken);
        var lead = await directory.PersonAsync(session.Workspace, command.Lead, cancellationToken);
        if (lead.Id == person.Id)
        {
            return Reply.Failure("Someone cannot be their own lead. Usage: `/coord lead [@person] @lead`.");
        }

        if (consent.Refused(session, person, $"set {person.DisplayName}'s lead") is { } refused)
        {
            return refused;
        }

        var old = person.Lead;
        if (old?.Id == lead.Id)
        {
            return new Reply($"{person.DisplayName}'s escalations already go to {lead.DisplayName}.", Succeeded: false);
        }

        person.SetLead(lead);
        await rescheduler.RescheduleAsync(session.Workspace, person, cancellationToken);
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
            messages.Tell(session, recipient, text, mentioned, "lead-changed");
        }
    }
}
