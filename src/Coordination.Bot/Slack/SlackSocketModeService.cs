using Coordination.Slack.Socket;

namespace Coordination.Bot.Slack;

/// <summary>Owns the Socket Mode connections for the host's lifetime; registered only when <c>Slack:AppToken</c> is set.</summary>
public sealed class SlackSocketModeService(SocketModeClient client) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => client.RunAsync(stoppingToken);
}
