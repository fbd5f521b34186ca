using Coordination.Core.Chat;
using Coordination.Slack.Outbound;

namespace Coordination.Bot.Home;

/// <summary>Publishes a person's Home to their Slack App Home tab (<c>views.publish</c>), built from the database as it is now.</summary>
public sealed class SlackHomePublisher(
    IServiceScopeFactory scopes, SlackApiClient slack, ISlackTokenSource tokens, TimeProvider time, ILogger<SlackHomePublisher> logger)
{
    /// <summary>Whether Slack took the view; a failure is logged, and the next change or opening publishes again.</summary>
    public async Task<bool> PublishAsync(string team, string userId, CancellationToken cancellationToken)
    {
        if (await tokens.BotTokenAsync(team, cancellationToken) is not { } token)
        {
            return false;
        }

        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var home = await scope.ServiceProvider.GetRequiredService<HomeBuilder>().ForAsync(ChatPlatform.Slack, team, userId, null, now, cancellationToken);
        var published = await slack.PublishViewAsync(token, userId, SlackHomeRenderer.Render(home, now), cancellationToken);
        if (!published.Ok)
        {
            Log.SlackHomeFailed(logger, userId, team, published.Error);
        }

        return published.Ok;
    }
}
