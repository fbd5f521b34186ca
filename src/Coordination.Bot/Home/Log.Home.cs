namespace Coordination.Bot;

/// <summary>The Home's log events.</summary>
internal static partial class Log
{
    [LoggerMessage(400, LogLevel.Warning, "Could not publish the Home of {UserId} in Slack workspace {Team}: {Error}")]
    public static partial void SlackHomeFailed(ILogger logger, string userId, string team, string? error);

    [LoggerMessage(401, LogLevel.Warning, "Refreshing {Count} Homes failed")]
    public static partial void HomeRefreshFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(402, LogLevel.Warning, "Could not send the Home card to {UserId} in tenant {Tenant}: {Error}")]
    public static partial void TeamsHomeFailed(ILogger logger, string userId, string tenant, string? error);
}
