namespace Coordination.Slack.Outbound;

/// <summary>Finds the bot token for a Slack team: the configured one, or the team's stored installation.</summary>
public interface ISlackTokenSource
{
    /// <summary>The bot token for <paramref name="teamId"/>, or <c>null</c> when the app is not installed there.</summary>
    ValueTask<string?> BotTokenAsync(string teamId, CancellationToken cancellationToken);
}
