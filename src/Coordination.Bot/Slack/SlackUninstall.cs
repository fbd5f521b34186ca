using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Outbox;
using Coordination.Slack.Inbound;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Slack;

/// <summary>
/// The app removed from a workspace (<c>app_uninstalled</c>, or <c>tokens_revoked</c> naming its bot): the stored token
/// goes and nothing more is sent there (what was waiting is parked, with the reason); requests and their trail stay.
/// A new install through OAuth stores a new token and delivery resumes.
/// </summary>
public sealed class SlackUninstall(CoordinationDbContext db, SlackTokenSource tokens, ILogger<SlackUninstall> logger)
{
    public const string ParkedReason = "app_uninstalled: Coordination was removed from this Slack workspace or its bot token was revoked; not sent.";

    /// <summary>Parks the workspace's pending messages now and removes its installation from <paramref name="db"/>, saved by the caller.</summary>
    public async Task ApplyAsync(SlackEventEnvelope revocation, CancellationToken cancellationToken)
    {
        if (revocation.WorkspaceId is not { } workspace)
        {
            return;
        }

        var installation = await db.Installations.SingleOrDefaultAsync(i => i.Platform == ChatPlatform.Slack && i.ExternalId == workspace, cancellationToken);
        if (!revocation.RevokesBotToken(installation?.BotUserId))
        {
            return;
        }

        var parked = await db.OutboxMessages
            .Where(m => m.Platform == ChatPlatform.Slack && m.WorkspaceExternalId == workspace && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, OutboxStatus.Parked).SetProperty(m => m.LastError, ParkedReason), cancellationToken);
        if (installation is not null)
        {
            db.Installations.Remove(installation);
        }

        tokens.Forget(workspace);
        Log.SlackUninstalled(logger, workspace, revocation.Event?.Type, parked);
    }
}
