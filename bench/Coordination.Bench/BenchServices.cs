using Coordination.Bot;
using Coordination.Core.Chat;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bench;

/// <summary>The real engine (no web host, no scheduler) on the benchmark's database and clock.</summary>
internal static class BenchServices
{
    public static ServiceProvider Build(BenchDatabase database, TimeProvider clock, IChatChannel? channel = null, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Coordination"] = database.ConnectionString,
            ["Coordination:CountWeekends"] = "true",
            ["Coordination:DeliveryWindow:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
        services.AddSingleton(clock);
        services.AddCoordinationEngine(configuration);
        if (channel is not null)
        {
            services.AddSingleton(channel);
        }

        return services.BuildServiceProvider();
    }

    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().Database.MigrateAsync();
    }

    public static async Task<T> InScopeAsync<T>(this IServiceProvider services, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
