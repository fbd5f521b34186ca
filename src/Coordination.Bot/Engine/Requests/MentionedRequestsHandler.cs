using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Requests;

/// <summary>
/// A message that names requests of its workspace (<c>CR-12</c>) outside their own threads: one line on each for the
/// writer alone, "CR-12 · title · waiting on @Bob (attempt 2 of 3), next follow-up …". A request the writer was shown
/// in the last hour is left out (<see cref="RequestMentionMemory"/>); with nothing to show, nothing is saved or sent.
/// </summary>
public sealed class MentionedRequestsHandler(RequestLookup requests, FollowUpSchedule schedule, RequestMentionMemory memory)
    : ICommandHandler<MentionedRequestsCommand>
{
    public async Task<Reply> HandleAsync(Session session, MentionedRequestsCommand command, CancellationToken cancellationToken)
    {
        var numbers = command.Numbers.Take(MentionedRequestsCommand.MaxRequests).ToList();
        var where = command.Context.Where;
        var found = await requests.In(session.Workspace).Where(r => numbers.Contains(r.Number)).ToListAsync(cancellationToken);
        var lines = found
            .Where(r => !(r.Channel == where.Channel && r.ThreadId == where.ThreadId))
            .OrderBy(r => numbers.IndexOf(r.Number))
            .Where(r => memory.TryShow(session.Workspace, session.Actor.PlatformUserId, r.Number, session.Now))
            .Select(r => Line(r, session.Actor))
            .ToList();
        return lines.Count == 0 ? new Reply(string.Empty, Succeeded: false) : new Reply(string.Join('\n', lines));
    }

    private string Line(CoordinationRequest request, Person reader)
    {
        if (request.Status != RequestStatus.Open)
        {
            return $"{request.Key} · {request.Title} · {request.Status.ToString().ToLowerInvariant()}";
        }

        var waiting = request.OpenStakeholders().Where(s => s.IsAwaitingAnswer || s.State == StakeholderState.Escalated).ToList();
        if (waiting.Count == 0)
        {
            return $"{request.Key} · {request.Title} · everyone answered";
        }

        var who = Listing.And([.. waiting.Select(s => $"@{s.Person.DisplayName} ({Progress(s)})")]);
        var next = waiting.Select(s => s.NextActionAt).Min();
        var when = next is null ? string.Empty : $", next follow-up {FollowUpMessages.Moment(next.Value, reader, schedule)}";
        return $"{request.Key} · {request.Title} · waiting on {who}{when}";
    }

    private string Progress(Stakeholder stakeholder) => stakeholder.State == StakeholderState.Escalated
        ? "escalated"
        : $"attempt {stakeholder.AttemptCount} of {schedule.Policy.MaxAttempts}";
}
