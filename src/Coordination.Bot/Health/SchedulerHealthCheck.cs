using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Coordination.Bot.Health;

/// <summary>Healthy when the Quartz scheduler that runs the sweep and the delivery is started.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"{scheduler.SchedulerName} running")
            : HealthCheckResult.Unhealthy($"{scheduler.SchedulerName} is {status}");
    }
}
