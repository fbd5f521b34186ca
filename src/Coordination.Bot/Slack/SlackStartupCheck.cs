using Coordination.Slack;
using Coordination.Slack.Outbound;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Slack;

/// <summary>Checks the configured bot token with <c>auth.test</c> once at start, in the background, and says what it found.</summary>
public sealed class SlackStartupCheck(IServiceScopeFactory scopes, IOptions<SlackOptions> options, ILogger<SlackStartupCheck> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.BotToken))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SlackApiClient>().AuthTestAsync(options.Value.BotToken, stoppingToken);
        if (result is { Ok: true, Value: { } identity })
        {
            Log.SlackAuthenticated(logger, identity.Team, identity.TeamId, identity.UserId);
        }
        else
        {
            Log.SlackAuthFailed(logger, result.Error);
        }
    }
}
