using Coordination.Bot.Calendars;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Every hour (and at start): holidays from the configured files, from the store, and from each feed due to be read again (daily).</summary>
[DisallowConcurrentExecution]
public sealed class HolidayCalendarJob(HolidayRefresh refresh, ILogger<HolidayCalendarJob> logger) : RecurringJob(logger)
{
    public static readonly JobKey Key = new("holiday-calendars", "coordination");

    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override Task RunAsync(CancellationToken cancellationToken) => refresh.RunAsync(cancellationToken);
}
