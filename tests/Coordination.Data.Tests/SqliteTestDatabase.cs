using Coordination.Data.Providers;
using Microsoft.Data.Sqlite;

namespace Coordination.Data.Tests;

/// <summary>SQLite files in the temp folder, deleted (with their WAL files) on dispose.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly List<string> _files = [];

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public Task<string> CreateAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"coordination-data-test-{Guid.NewGuid():N}.db");
        _files.Add(file);
        return Task.FromResult($"Data Source={file}");
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in _files)
        {
            File.Delete(file);
            File.Delete(file + "-wal");
            File.Delete(file + "-shm");
        }

        return ValueTask.CompletedTask;
    }
}
