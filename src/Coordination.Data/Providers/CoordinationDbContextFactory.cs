using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Providers;

/// <summary>Creates the provider's context outside dependency injection: design-time tools, tests, benchmarks.</summary>
public static class CoordinationDbContextFactory
{
    public static CoordinationDbContext Create(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteCoordinationDbContext(Options<SqliteCoordinationDbContext>(provider, connectionString)),
        DatabaseProvider.Postgres => new PostgresCoordinationDbContext(Options<PostgresCoordinationDbContext>(provider, connectionString)),
        DatabaseProvider.SqlServer => new SqlServerCoordinationDbContext(Options<SqlServerCoordinationDbContext>(provider, connectionString)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    internal static DbContextOptions<TContext> Options<TContext>(DatabaseProvider provider, string connectionString)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }

    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
}
