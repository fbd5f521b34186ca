using Coordination.Data.Providers;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Coordination.Data.Tests;

/// <summary>SQL Server is deployed from the idempotent script; no server is needed to generate it.</summary>
public sealed class SqlServerScriptTests
{
    private const string ConnectionString = "Server=localhost;Database=unused;TrustServerCertificate=True";

    private static string IdempotentScript()
    {
        using var db = CoordinationDbContextFactory.Create(DatabaseProvider.SqlServer, ConnectionString);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    [Fact]
    public void IdempotentScript_Generated_CreatesTheTablesOnlyWhenTheMigrationIsMissing()
    {
        var script = IdempotentScript();

        Assert.Contains("CREATE TABLE [Stakeholders]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("[__EFMigrationsHistory]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void IdempotentScript_Generated_FiltersTheUniqueAttemptIndexToNumberedRows()
    {
        var script = IdempotentScript();

        var index = script.Split('\n').Single(line => line.Contains("[IX_Attempts_StakeholderId_Number]", StringComparison.Ordinal));
        Assert.Contains("CREATE UNIQUE INDEX", index, StringComparison.Ordinal);
        Assert.Contains("WHERE [StakeholderId] IS NOT NULL AND [Number] IS NOT NULL", index, StringComparison.Ordinal);
    }
}
