namespace Coordination.Bot;

/// <summary>The dashboard sign-in's log events (no token, code or claim value is ever logged).</summary>
internal static partial class Log
{
    [LoggerMessage(120, LogLevel.Information, "Dashboard sign-in with {Scheme} started")]
    public static partial void SignInStarted(ILogger logger, string scheme);

    [LoggerMessage(121, LogLevel.Warning, "Dashboard sign-in with {Scheme} failed: {Reason}")]
    public static partial void SignInFailed(ILogger logger, string scheme, string reason);

    [LoggerMessage(122, LogLevel.Information, "Dashboard sign-in from a {Platform} workspace the bot is not installed in")]
    public static partial void SignInNotInstalled(ILogger logger, Core.Chat.ChatPlatform platform);
}
