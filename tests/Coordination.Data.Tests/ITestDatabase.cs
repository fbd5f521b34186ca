using Coordination.Data.Providers;

namespace Coordination.Data.Tests;

/// <summary>Fresh, empty databases on one engine, removed when the test class is done with them.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    DatabaseProvider Provider { get; }

    /// <summary>A new, empty database; returns its connection string.</summary>
    Task<string> CreateAsync();
}
