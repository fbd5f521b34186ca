using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot;

/// <summary>
/// Runs before the scheduler starts: applies migrations when <c>Database:MigrateOnStart</c> is set, and says which
/// chat channels are configured.
/// </summary>
public sealed class StartupService(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> database,
    IEnumerable<IChatChannel> channels,
    ILogger<StartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateOnStart)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().Database.MigrateAsync(cancellationToken);
        }

        var configured = string.Join(", ", channels.Select(c => c.Platform).Distinct());
        var note = channels.Any(c => c.Platform != ChatPlatform.Local) ? string.Empty : " (no Slack or Teams credentials: messages go to the local channel)";
        Log.Started(logger, database.Value.Provider.ToString(), configured + note);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
