using Coordination.Bot.Engine.Requests;
using Coordination.Core.Commands;
using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Insights;

/// <summary>What people tell the digest: <c>meeting CR-n</c> (settling it took a meeting) and a 👍 or 👎 on a digest.</summary>
public sealed class DigestFeedbackHandler(CoordinationDbContext db, RequestLookup requests)
    : ICommandHandler<MeetingCommand>,
      ICommandHandler<RateDigestCommand>
{
    public async Task<Reply> HandleAsync(Session session, MeetingCommand command, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        return request.MarkNeededMeeting(session.Actor) switch
        {
            ChangeResult.NotAllowed => Reply.Failure($"Only the people {request.Key} involves can say it took a meeting."),
            ChangeResult.Unchanged => new Reply($"{request.Key} is already marked as needing a meeting.", Succeeded: false),
            _ => new Reply($"Noted: settling {request.Key} took a meeting. The digest's meeting-avoidance rate counts it."),
        };
    }

    /// <summary>A vote on a digest of this workspace; pressing again changes the vote, never adds a second.</summary>
    public async Task<Reply> HandleAsync(Session session, RateDigestCommand command, CancellationToken cancellationToken)
    {
        if (!await db.DigestRuns.AnyAsync(d => d.Id == command.DigestId && d.WorkspaceId == session.Workspace.Id, cancellationToken))
        {
            return Reply.Failure("That digest is not one of this workspace's.");
        }

        var vote = await db.DigestVotes.SingleOrDefaultAsync(v => v.DigestId == command.DigestId && v.PersonId == session.Actor.Id, cancellationToken);
        if (vote is null)
        {
            db.DigestVotes.Add(DigestVote.Cast(command.DigestId, session.Actor.Id, command.Useful, session.Now));
        }
        else
        {
            vote.Change(command.Useful, session.Now);
        }

        return new Reply(command.Useful ? "Thanks: glad it helps." : "Thanks for saying so: the digest will keep to what helps.");
    }
}
