using Coordination.Data.Providers;
using Coordination.Testing;

namespace Coordination.Data.Tests;

/// <summary>Databases in the collection's throwaway PostgreSQL cluster, which goes away with the collection.</summary>
public sealed class PostgresTestDatabase(PostgresFixture server) : ITestDatabase
{
    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    public Task<string> CreateAsync() => server.CreateDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
