using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Slack.Outbound;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Slack;

/// <summary>
/// Finds the thread a reaction belongs to. A reaction names only its message: when that message is a request's post,
/// its <c>ts</c> is the thread; otherwise, and only if the channel holds a request at all (to keep Web API calls down),
/// <c>conversations.replies</c> says which thread the message is in.
/// </summary>
public sealed class SlackReactionThreads(CoordinationDbContext db, SlackApiClient api, ISlackTokenSource tokens, ILogger<SlackReactionThreads> logger)
{
    /// <summary>The reaction placed in its thread, or <c>null</c> when it is in none of a request's threads.</summary>
    public async Task<ReactionCommand?> InThreadAsync(ReactionCommand reaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        var (team, (channel, ts)) = (reaction.Context.WorkspaceId, reaction.Context.Where);
        if (ts is null)
        {
            return null;
        }

        var inChannel = db.Requests.Where(r => r.Workspace.Platform == ChatPlatform.Slack && r.Workspace.ExternalId == team && r.Channel == channel);
        if (await inChannel.AnyAsync(r => r.ThreadId == ts, cancellationToken))
        {
            return reaction;
        }

        if (!await inChannel.AnyAsync(cancellationToken) || await tokens.BotTokenAsync(team, cancellationToken) is not { } token)
        {
            return null;
        }

        var thread = await api.ThreadOfAsync(token, channel, ts, cancellationToken);
        if (thread is not { Ok: true, Value: { } root })
        {
            Log.SlackReactionThreadUnknown(logger, ts, channel, team, thread.Error);
            return null;
        }

        return root == ts || !await inChannel.AnyAsync(r => r.ThreadId == root, cancellationToken)
            ? null
            : reaction with { Context = reaction.Context with { Where = new ThreadRef(channel, root) } };
    }
}
