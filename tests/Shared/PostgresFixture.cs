namespace Coordination.Testing;

/// <summary>One PostgreSQL cluster for every test class in the collection; each test asks it for a fresh database.</summary>
public sealed class PostgresFixture : IAsyncLifetime, IAsyncDisposable
{
    private readonly PostgresServer _server = new();

    public Task<string> CreateDatabaseAsync() => _server.CreateDatabaseAsync();

    public Task InitializeAsync() => _server.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    ValueTask IAsyncDisposable.DisposeAsync() => _server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
