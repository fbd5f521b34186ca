using Coordination.Data.Outbox;
using Coordination.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coordination.Data;

public static class CoordinationDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the context for <c>Database:Provider</c> on <c>ConnectionStrings:Coordination</c>; consumers inject
    /// <see cref="CoordinationDbContext"/>. An unknown provider fails start-up validation.
    /// </summary>
    public static IServiceCollection AddCoordinationData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>());
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) is { } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : DatabaseOptions.DefaultConnectionString;
        var name = configuration[DatabaseOptions.ProviderKey];
        if (!DatabaseOptions.TryParseProvider(name, out var provider))
        {
            // Start-up validation reports it first; a context resolved without that reports it the same way.
            return services.AddScoped<CoordinationDbContext>(_ =>
                throw new OptionsValidationException(Options.DefaultName, typeof(DatabaseOptions), [DatabaseOptionsValidator.UnsupportedProvider(name)]));
        }

        return provider switch
        {
            DatabaseProvider.Sqlite => Register<SqliteCoordinationDbContext>(services, provider, connectionString),
            DatabaseProvider.Postgres => Register<PostgresCoordinationDbContext>(services, provider, connectionString),
            _ => Register<SqlServerCoordinationDbContext>(services, provider, connectionString),
        };
    }

    private static IServiceCollection Register<TContext>(IServiceCollection services, DatabaseProvider provider, string connectionString)
        where TContext : CoordinationDbContext
    {
        services.TryAddSingleton<OutboxQueuedInterceptor>();
        services.AddDbContextPool<TContext>((sp, options) =>
            CoordinationDbContextFactory.Configure(options, provider, connectionString)
                .AddInterceptors(sp.GetRequiredService<OutboxQueuedInterceptor>())
                .AddInterceptors(sp.GetServices<ISaveChangesInterceptor>()));
        return services.AddScoped<CoordinationDbContext>(sp => sp.GetRequiredService<TContext>());
    }
}
