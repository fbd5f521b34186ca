namespace Coordination.Bot;

/// <summary>The assistant's log events; none carries what anyone wrote.</summary>
internal static partial class Log
{
    [LoggerMessage(960, LogLevel.Warning, "The assistant's decision record was not used, the rules drafted it instead: {Reason}")]
    public static partial void AssistantDraftNotUsed(ILogger logger, string reason);

    [LoggerMessage(961, LogLevel.Warning, "The assistant could not read a sentence into a command: {Reason}")]
    public static partial void AssistantReadFailed(ILogger logger, string reason);

    [LoggerMessage(962, LogLevel.Information, "The assistant read a sentence of {UserId} as {Command}")]
    public static partial void AssistantRead(ILogger logger, string userId, string command);

    [LoggerMessage(963, LogLevel.Information, "{UserId} confirmed the assistant's reading {ReadingId}")]
    public static partial void AssistantReadingConfirmed(ILogger logger, string userId, Guid readingId);
}
