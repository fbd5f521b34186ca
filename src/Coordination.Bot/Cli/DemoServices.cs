using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Cli;

/// <summary>The real engine on a temporary SQLite file and a simulated clock, with no web host and no scheduler.</summary>
internal static class DemoServices
{
    public static ServiceProvider Build(string databaseFile, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Coordination"] = $"Data Source={databaseFile}",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock);
        services.AddCoordinationEngine(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
