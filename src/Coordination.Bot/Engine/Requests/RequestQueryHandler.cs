using System.Text;
using Coordination.Bot.Trackers;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Requests;

/// <summary><c>status CR-n</c> (a request's paper trail, or who it waits on in one line) and <c>list</c> (the open requests); both change nothing.</summary>
public sealed class RequestQueryHandler(CoordinationDbContext db, RequestLookup requests, FollowUpSchedule schedule, TrackerLinks links)
    : ICommandHandler<StatusCommand>,
      ICommandHandler<ListCommand>
{
    private const int ListLimit = 20;

    public async Task<Reply> HandleAsync(Session session, StatusCommand command, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        if (command.OneLine)
        {
            return new Reply(PaperTrail.WaitingOn(request, session.Actor, schedule));
        }

        var ids = request.Attempts.Select(a => a.ActorId).OfType<Guid>().ToHashSet();
        var people = request.Stakeholders.Select(s => s.Person).Append(request.Requester).ToDictionary(p => p.Id, p => p);
        var missing = ids.Where(id => !people.ContainsKey(id)).ToList();
        foreach (var person in await db.People.Where(p => missing.Contains(p.Id)).ToListAsync(cancellationToken))
        {
            people[person.Id] = person;
        }

        var linked = await links.DescribeAsync(request.Id, cancellationToken);
        return new Reply(PaperTrail.Format(request, people, session.Actor, schedule) + (linked.Length == 0 ? string.Empty : "\n" + linked));
    }

    public async Task<Reply> HandleAsync(Session session, ListCommand command, CancellationToken cancellationToken)
    {
        var actorId = session.Actor.Id;
        var open = requests.In(session.Workspace).Where(r => r.Status == RequestStatus.Open);
        var query = command.Filter switch
        {
            ListFilter.Waiting => open.Where(r => r.Stakeholders.Any(s => s.PersonId == actorId && (s.State == StakeholderState.Waiting || s.State == StakeholderState.Snoozed))),
            ListFilter.All => open,
            _ => open.Where(r => r.RequesterId == actorId || r.Stakeholders.Any(s => s.PersonId == actorId)),
        };
        var listed = await query.OrderBy(r => r.Number).Take(ListLimit + 1).ToListAsync(cancellationToken);
        if (listed.Count == 0)
        {
            return new Reply(command.Filter == ListFilter.Waiting ? "Nothing is waiting on you." : "No open requests.");
        }

        var text = new StringBuilder();
        foreach (var request in listed.Take(ListLimit))
        {
            text.AppendLine(Summary(request, session.Actor));
        }

        if (listed.Count > ListLimit)
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
