using Microsoft.EntityFrameworkCore.Design;

namespace Coordination.Data.Providers;

// Used by `dotnet ef` to add migrations and script them; no database is reached.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCoordinationDbContext>
{
    public SqliteCoordinationDbContext CreateDbContext(string[] args) =>
        new(CoordinationDbContextFactory.Options<SqliteCoordinationDbContext>(DatabaseProvider.Sqlite, DatabaseOptions.DefaultConnectionString));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCoordinationDbContext>
{
    public PostgresCoordinationDbContext CreateDbContext(string[] args) =>
        new(CoordinationDbContextFactory.Options<PostgresCoordinationDbContext>(DatabaseProvider.Postgres, "Host=localhost;Database=coordination"));
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCoordinationDbContext>
{
    public SqlServerCoordinationDbContext CreateDbContext(string[] args) =>
        new(CoordinationDbContextFactory.Options<SqlServerCoordinationDbContext>(DatabaseProvider.SqlServer, "Server=localhost;Database=Coordination;TrustServerCertificate=True"));
}
