using Coordination.Testing;

namespace Coordination.Bench;

/// <summary>A fresh database for one provider: a temporary SQLite file, or a throwaway PostgreSQL cluster.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly PostgresServer? _server;
    private readonly string? _file;

    private BenchDatabase(string provider, string connectionString, PostgresServer? server, string? file)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _server = server;
        _file = file;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string provider)
    {
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var server = new PostgresServer();
            await server.StartAsync();
            return new BenchDatabase("Postgres", await server.CreateDatabaseAsync(), server, null);
        }

        var file = Path.Combine(Path.GetTempPath(), $"coordination-bench-{Guid.NewGuid():N}.db");
        return new BenchDatabase("Sqlite", $"Data Source={file}", null, file);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_file is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_file);
        }
    }
}
