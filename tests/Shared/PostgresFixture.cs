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

/// <summary>
/// The PostgreSQL collections: test classes in one run one after another on one cluster; the collections run side by side,
/// each on a cluster of its own, so a suite with many PostgreSQL classes is not one long queue.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
    public const string Slack = "PostgreSQL (Slack)";
    public const string Engine = "PostgreSQL (engine and Teams)";
}

[CollectionDefinition(PostgresTests.Slack)]
public sealed class PostgresSlackTests : ICollectionFixture<PostgresFixture>;

[CollectionDefinition(PostgresTests.Engine)]
public sealed class PostgresEngineTests : ICollectionFixture<PostgresFixture>;
