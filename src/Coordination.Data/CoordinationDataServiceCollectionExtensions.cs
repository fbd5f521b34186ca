using Coordination.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Data;

public static class CoordinationDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the context for <c>Database:Provider</c> on <c>ConnectionStrings:Coordination</c>; consumers inject
    /// <see cref="CoordinationDbContext"/>.
    /// </summary>
    public static IServiceCollection AddCoordinationData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        var provider = ReadProvider(configuration);
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? DatabaseOptions.DefaultConnectionString;
        _ = provider switch
        {
            DatabaseProvider.Sqlite => Register<SqliteCoordinationDbContext>(services, provider, connectionString),
            DatabaseProvider.Postgres => Register<PostgresCoordinationDbContext>(services, provider, connectionString),
            _ => Register<SqlServerCoordinationDbContext>(services, provider, connectionString),
        };
        return services;
    }

    private static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var key = $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}";
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{key} '{value}' is not supported: use Sqlite, Postgres or SqlServer.");
    }

    private static IServiceCollection Register<TContext>(IServiceCollection services, DatabaseProvider provider, string connectionString)
        where TContext : CoordinationDbContext
    {
        services.AddDbContext<TContext>(options => CoordinationDbContextFactory.Configure(options, provider, connectionString));
        return services.AddScoped<CoordinationDbContext>(sp => sp.GetRequiredService<TContext>());
    }
}
