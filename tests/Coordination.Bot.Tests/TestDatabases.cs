using Coordination.Testing;

namespace Coordination.Bot.Tests;

/// <summary>A fresh, empty database for each app a test starts.</summary>
public interface ITestDatabases
{
    Task<(string Provider, string ConnectionString)> CreateAsync();
}

public sealed class SqliteDatabases : ITestDatabases
{
    public Task<(string Provider, string ConnectionString)> CreateAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"coordination-test-{Guid.NewGuid():N}.db");
        return Task.FromResult(("Sqlite", $"Data Source={file}"));
    }
}

public sealed class PostgresDatabases(PostgresFixture server) : ITestDatabases
{
    public async Task<(string Provider, string ConnectionString)> CreateAsync() => ("Postgres", await server.CreateDatabaseAsync());
}
