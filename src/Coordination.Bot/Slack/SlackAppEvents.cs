using Coordination.Bot.Home;
using Coordination.Slack.Inbound;

namespace Coordination.Bot.Slack;

/// <summary>The events about the app itself rather than a request: its removal or its token's revocation ends delivery to
/// the workspace; opening its Home tab publishes the opener's Home.</summary>
public sealed class SlackAppEvents(SlackUninstall uninstall, SlackHomePublisher home, HomeRefresher refresher)
{
    public Task ApplyAsync(SlackEventEnvelope payload, CancellationToken cancellationToken) =>
        payload.IsRevocation ? uninstall.ApplyAsync(payload, cancellationToken)
        : payload is { OpensHomeTab: true, WorkspaceId: { } team, Event.User: { } user } ? OpenedAsync(team, user, cancellationToken)
        : Task.CompletedTask;

    private Task<bool> OpenedAsync(string team, string user, CancellationToken cancellationToken)
    {
        refresher.Opened(team, user);
        return home.PublishAsync(team, user, cancellationToken);
    }
}
