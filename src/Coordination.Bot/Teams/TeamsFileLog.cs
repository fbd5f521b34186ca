namespace Coordination.Bot;

/// <summary>The log events of files sent in Teams after the person's consent.</summary>
internal static partial class Log
{
    [LoggerMessage(310, LogLevel.Warning, "Refused to upload an accepted file to {Host}: not Teams' file storage")]
    public static partial void FileUploadRefused(ILogger logger, string host);

    [LoggerMessage(311, LogLevel.Warning, "Could not upload an accepted file: {Reason}")]
    public static partial void FileUploadFailed(ILogger logger, string reason);
}
