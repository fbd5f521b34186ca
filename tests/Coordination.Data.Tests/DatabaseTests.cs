using Coordination.Core.Requests;
using Coordination.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Tests;

/// <summary>Each test gets a fresh database on the subclass's engine, migrated to the latest migration.</summary>
public abstract class DatabaseTests(ITestDatabase database) : IAsyncLifetime
{
    private string? _connectionString;

    protected DatabaseProvider Provider => database.Provider;

    protected string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _connectionString = await database.CreateAsync();
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    /// <summary>A new context, tracking nothing: what another request or another instance would see.</summary>
    protected CoordinationDbContext NewContext() => CoordinationDbContextFactory.Create(database.Provider, ConnectionString);

    /// <summary>The request with everything the engine loads to change it.</summary>
    protected static Task<CoordinationRequest> LoadAsync(CoordinationDbContext db, Guid requestId) =>
        db.Requests
            .Include(r => r.Stakeholders).ThenInclude(s => s.Person)
            .Include(r => r.Attempts)
            .Include(r => r.Requester)
            .Include(r => r.Workspace)
            .SingleAsync(r => r.Id == requestId);
}
