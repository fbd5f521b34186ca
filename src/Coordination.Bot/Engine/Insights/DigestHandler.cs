using Coordination.Bot.Digests;
using Coordination.Bot.Options;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine.Insights;

/// <summary>The weekly digest: <c>digest</c> (where and when it goes), <c>digest channel</c> and <c>digest now</c>.</summary>
public sealed class DigestHandler(CoordinationDbContext db, DigestPublisher digests, IOptions<DigestOptions> options, FollowUpSchedule schedule)
    : ICommandHandler<DigestInfoCommand>,
      ICommandHandler<DigestChannelCommand>,
      ICommandHandler<DigestNowCommand>
{
    public async Task<Reply> HandleAsync(Session session, DigestInfoCommand command, CancellationToken cancellationToken)
    {
        if (digests.ChannelOf(session.Workspace) is not { } channel)
        {
            return new Reply("No channel gets the weekly digest yet: choose one with `/coord digest channel #channel` (or `here`).");
        }

        var last = await db.DigestRuns.Where(d => d.WorkspaceId == session.Workspace.Id).OrderByDescending(d => d.PostedAt).Select(d => (DateTimeOffset?)d.PostedAt).FirstOrDefaultAsync(cancellationToken);
        var posted = last is { } at ? $" The last one went out {FollowUpMessages.Moment(at, session.Actor, schedule)}." : string.Empty;
        return new Reply($"The weekly digest goes to {ChannelName(session, channel)}, {options.Value.Schedule} ({digests.ZoneOf(session.Workspace).Id}).{posted} `/coord digest now` posts one now.");
    }

    public Task<Reply> HandleAsync(Session session, DigestChannelCommand command, CancellationToken cancellationToken)
    {
        session.Workspace.SendDigestTo(command.Channel, session.Workspace.TimeZoneId ?? session.Actor.TimeZoneId);
        return Task.FromResult(new Reply(
            $"The weekly digest goes to {ChannelName(session, command.Channel)} from now on, {options.Value.Schedule} ({digests.ZoneOf(session.Workspace).Id}). `/coord digest now` posts one now."));
    }

    /// <summary>A digest of the seven days to now, posted where the weekly one goes (or here, when none is chosen).</summary>
    public async Task<Reply> HandleAsync(Session session, DigestNowCommand command, CancellationToken cancellationToken)
    {
        var channel = digests.ChannelOf(session.Workspace) ?? command.Context.Where.Channel;
        await digests.QueueAsync(session.Workspace, channel, week: null, session.Now, cancellationToken);
        return new Reply($"Posting the digest of the last seven days in {ChannelName(session, channel)}.");
    }

    private static string ChannelName(Session session, string channel) =>
        session.Workspace.Platform == ChatPlatform.Teams ? "the chosen channel" : ChatText.Channel(session.Workspace.Platform, channel);
}
