using Coordination.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coordination.Bot.Health;

/// <summary>Healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(CoordinationDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy(db.Database.ProviderName)
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
