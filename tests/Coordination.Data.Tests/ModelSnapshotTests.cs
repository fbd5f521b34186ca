using Coordination.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Tests;

/// <summary>Each provider's latest migration matches the model: nobody changed a configuration without adding one.</summary>
public sealed class ModelSnapshotTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=unused")]
    [InlineData(DatabaseProvider.SqlServer, "Server=localhost;Database=unused;TrustServerCertificate=True")]
    public void Model_ComparedWithTheLatestMigration_HasNoPendingChanges(DatabaseProvider provider, string connectionString)
    {
        using var db = CoordinationDbContextFactory.Create(provider, connectionString);

        var pending = db.Database.HasPendingModelChanges();

        Assert.False(pending, $"The {provider} model has changes no migration captures: add a migration.");
    }
}
