using System.Text;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    private const int ListLimit = 20;

    private async Task<Reply> StatusAsync(Session session, int number, CancellationToken cancellationToken)
    {
        if (await FindAsync(session.Workspace, number, cancellationToken) is not { } request)
        {
            return NotFound(number);
        }

        var ids = request.Attempts.Select(a => a.ActorId).OfType<Guid>().ToHashSet();
        var people = request.Stakeholders.Select(s => s.Person).Append(request.Requester).ToDictionary(p => p.Id, p => p);
        var missing = ids.Where(id => !people.ContainsKey(id)).ToList();
        foreach (var person in await db.People.Where(p => missing.Contains(p.Id)).ToListAsync(cancellationToken))
        {
            people[person.Id] = person;
        }

        var trail = PaperTrail.Format(request, people, schedule.CalendarOf(session.Actor).Zone);
        return new Reply(trail);
    }

    private async Task<Reply> ListAsync(Session session, ListFilter filter, CancellationToken cancellationToken)
    {
        var actorId = session.Actor.Id;
        var open = Requests(session.Workspace).Where(r => r.Status == RequestStatus.Open);
        var query = filter switch
        {
            ListFilter.Waiting => open.Where(r => r.Stakeholders.Any(s => s.PersonId == actorId && (s.State == StakeholderState.Waiting || s.State == StakeholderState.Snoozed))),
            ListFilter.All => open,
            _ => open.Where(r => r.RequesterId == actorId || r.Stakeholders.Any(s => s.PersonId == actorId)),
        };
        var requests = await query.OrderBy(r => r.Number).Take(ListLimit + 1).ToListAsync(cancellationToken);
        if (requests.Count == 0)
        {
            return new Reply(filter == ListFilter.Waiting ? "Nothing is waiting on you." : "No open requests.");
        }

        var text = new StringBuilder();
        foreach (var request in requests.Take(ListLimit))
        {
            text.AppendLine(Summary(request, session.Actor));
        }

        if (requests.Count > ListLimit)
        {
            text.AppendLine($"…and more; narrow it with `/coord list mine` or `/coord list waiting`.");
        }

        return new Reply(text.ToString().TrimEnd());
    }

    private string Summary(CoordinationRequest request, Person reader)
    {
        var waiting = request.OpenStakeholders().Where(s => s.IsAwaitingAnswer || s.State == StakeholderState.Escalated).ToList();
        var state = waiting.Count == 0
            ? "everyone answered"
            : "waiting on " + string.Join(", ", waiting.Select(s => $"{s.Person.DisplayName} ({s.State.ToString().ToLowerInvariant()}, attempt {s.AttemptCount} of {schedule.Policy.MaxAttempts})"));
        var next = waiting.Select(s => s.NextActionAt).Min();
        var when = next is null ? string.Empty : $"; next follow-up {FollowUpMessages.Moment(next.Value, reader, schedule)}";
        return $"{request.Key} · {request.Title} · asked by {request.Requester.DisplayName} · {state}{when}";
    }
}
