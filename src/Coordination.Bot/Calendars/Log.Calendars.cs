namespace Coordination.Bot;

/// <summary>Log events of holiday calendars and working time.</summary>
internal static partial class Log
{
    [LoggerMessage(700, LogLevel.Information, "Read the holiday calendar of workspace {Workspace}: {Count} holidays")]
    public static partial void HolidayCalendarRefreshed(ILogger logger, string workspace, int count);

    [LoggerMessage(701, LogLevel.Warning, "Could not read the holiday calendar of workspace {Workspace}: {Error}")]
    public static partial void HolidayCalendarFailed(ILogger logger, string workspace, string error);

    [LoggerMessage(702, LogLevel.Warning, "Could not read the holiday file {Path}: {Error}")]
    public static partial void HolidayFileFailed(ILogger logger, string path, string error);

    [LoggerMessage(703, LogLevel.Warning, "Microsoft Graph refused the mailbox settings of tenant {Tenant} (403: MailboxSettings.Read not granted); out of office is not read there")]
    public static partial void GraphForbidden(ILogger logger, string tenant);

    [LoggerMessage(704, LogLevel.Warning, "Could not read mailbox settings in tenant {Tenant}: {Error}")]
    public static partial void GraphFailed(ILogger logger, string tenant, string error);

    [LoggerMessage(705, LogLevel.Warning, "Could not read the calendar of {UserId} in workspace {Workspace}: {Error}")]
    public static partial void PersonalCalendarFailed(ILogger logger, string userId, string workspace, string error);
}
