using Coordination.Bot.Calendars;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Every 15 minutes: out of office from linked calendars and, for Teams tenants that grant it, Microsoft Graph.</summary>
[DisallowConcurrentExecution]
public sealed class OutOfOfficeJob(OutOfOfficeRefresh refresh, ILogger<OutOfOfficeJob> logger) : RecurringJob(logger)
{
    public static readonly JobKey Key = new("out-of-office", "coordination");

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override Task RunAsync(CancellationToken cancellationToken) => refresh.RunAsync(cancellationToken);
}
