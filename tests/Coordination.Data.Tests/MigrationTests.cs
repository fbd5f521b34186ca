using Coordination.Data.Providers;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Tests;

/// <summary>The provider's migrations build its schema from an empty database.</summary>
public abstract class MigrationTests(ITestDatabase database) : IAsyncLifetime
{
    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryMigration()
    {
        await using var db = CoordinationDbContextFactory.Create(database.Provider, await database.CreateAsync());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => database.DisposeAsync().AsTask();
}

public sealed class SqliteMigrationTests() : MigrationTests(new SqliteTestDatabase());

[Collection(PostgresTests.Name)]
public sealed class PostgresMigrationTests(PostgresFixture server) : MigrationTests(new PostgresTestDatabase(server));
