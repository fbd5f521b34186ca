using Coordination.Bot.Digests;
using Coordination.Core.Commands;
using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    private async Task<Reply> DigestInfoAsync(Session session, CancellationToken cancellationToken)
    {
        if (digests.ChannelOf(session.Workspace) is not { } channel)
        {
            return new Reply("No channel gets the weekly digest yet: choose one with `/coord digest channel #channel` (or `here`).");
        }

        var last = await db.DigestRuns.Where(d => d.WorkspaceId == session.Workspace.Id).OrderByDescending(d => d.PostedAt).Select(d => (DateTimeOffset?)d.PostedAt).FirstOrDefaultAsync(cancellationToken);
        var posted = last is { } at ? $" The last one went out {Core.FollowUp.FollowUpMessages.Moment(at, session.Actor, schedule)}." : string.Empty;
        return new Reply($"The weekly digest goes to {ChannelName(session, channel)}, {options.Value.Schedule} ({digests.ZoneOf(session.Workspace).Id}).{posted} `/coord digest now` posts one now.");
    }

    private Reply DigestChannel(Session session, DigestChannelCommand command)
    {
        session.Workspace.SendDigestTo(command.Channel, session.Workspace.TimeZoneId ?? session.Actor.TimeZoneId);
        return new Reply($"The weekly digest goes to {ChannelName(session, command.Channel)} from now on, {options.Value.Schedule} ({digests.ZoneOf(session.Workspace).Id}). `/coord digest now` posts one now.");
    }

    /// <summary>A digest of the seven days to now, posted where the weekly one goes (or here, when none is chosen).</summary>
    private async Task<Reply> DigestNowAsync(Session session, DigestNowCommand command, CancellationToken cancellationToken)
    {
        var channel = digests.ChannelOf(session.Workspace) ?? command.Context.Where.Channel;
        await digests.QueueAsync(session.Workspace, channel, week: null, session.Now, cancellationToken);
        return new Reply($"Posting the digest of the last seven days in {ChannelName(session, channel)}.");
    }

    private static string ChannelName(Session session, string channel) =>
        session.Workspace.Platform == Core.Chat.ChatPlatform.Teams ? "the chosen channel" : Core.Chat.ChatText.Channel(session.Workspace.Platform, channel);

    private async Task<Reply> MeetingAsync(Session session, MeetingCommand command, CancellationToken cancellationToken)
    {
        if (await FindAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return NotFound(command.RequestNumber);
        }

        return request.MarkNeededMeeting(session.Actor) switch
        {
            ChangeResult.NotAllowed => Reply.Failure($"Only the people {request.Key} involves can say it took a meeting."),
            ChangeResult.Unchanged => new Reply($"{request.Key} is already marked as needing a meeting.", Succeeded: false),
            _ => new Reply($"Noted: settling {request.Key} took a meeting. The digest's meeting-avoidance rate counts it."),
        };
    }

    /// <summary>A 👍 or 👎 on a digest of this workspace; pressing again changes the vote, never adds a second.</summary>
    private async Task<Reply> RateDigestAsync(Session session, RateDigestCommand command, CancellationToken cancellationToken)
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
