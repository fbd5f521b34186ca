using Coordination.Testing;
using Microsoft.Data.Sqlite;

namespace Coordination.Bot.Tests;

/// <summary>A fresh, empty database for each app a test starts; disposing removes what is left of them.</summary>
public interface ITestDatabases : IDisposable
{
    Task<(string Provider, string ConnectionString)> CreateAsync();
}

public sealed class SqliteDatabases : ITestDatabases
{
    private readonly List<string> _files = [];

    public Task<(string Provider, string ConnectionString)> CreateAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"coordination-test-{Guid.NewGuid():N}.db");
        _files.Add(file);
        return Task.FromResult(("Sqlite", $"Data Source={file}"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in _files.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
        {
            File.Delete(file);
        }
    }
}

public sealed class PostgresDatabases(PostgresFixture server) : ITestDatabases
{
    private readonly List<string> _created = [];

    public async Task<(string Provider, string ConnectionString)> CreateAsync()
    {
        var connectionString = await server.CreateDatabaseAsync();
        _created.Add(connectionString);
        return ("Postgres", connectionString);
    }

    /// <summary>
    /// The databases go with the cluster when the collection ends; their pooled connections go now, so the idle ones
    /// of finished tests never use up the server's connections.
    /// </summary>
    public void Dispose()
    {
        foreach (var connectionString in _created)
        {
            using var connection = new Npgsql.NpgsqlConnection(connectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }
    }
}
