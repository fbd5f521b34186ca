using Coordination.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Coordination.Data.Tests;

public sealed class CoordinationDataServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddCoordinationData(configuration).BuildServiceProvider();
    }

    [Fact]
    public void AddCoordinationData_NothingConfigured_ResolvesSqliteOnTheDefaultFile()
    {
        using var services = Build();
        using var scope = services.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

        Assert.IsType<SqliteCoordinationDbContext>(db);
        Assert.Equal(DatabaseOptions.DefaultConnectionString, db.Database.GetConnectionString());
        Assert.True(options.MigrateOnStart);
    }

    [Fact]
    public void AddCoordinationData_PostgresConfigured_BaseContextIsTheScopedPostgresContext()
    {
        const string ConnectionString = "Host=db.internal;Database=coordination";
        using var services = Build(("Database:Provider", "postgres"), ("Database:MigrateOnStart", "false"), ("ConnectionStrings:Coordination", ConnectionString));
        using var scope = services.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();

        Assert.Same(scope.ServiceProvider.GetRequiredService<PostgresCoordinationDbContext>(), db);
        Assert.Equal(ConnectionString, db.Database.GetConnectionString());
        Assert.False(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart);
    }

    [Fact]
    public void AddCoordinationData_UnknownProvider_FailsStartupValidationNamingTheKey()
    {
        using var services = Build(("Database:Provider", "Oracle"));

        var startup = Record.Exception(() => services.GetRequiredService<IStartupValidator>().Validate());
        using var scope = services.CreateScope();
        var resolve = Record.Exception(() => scope.ServiceProvider.GetRequiredService<CoordinationDbContext>());

        Assert.Contains("Database:Provider 'Oracle'", Assert.IsType<OptionsValidationException>(startup).Message, StringComparison.Ordinal);
        Assert.Contains("Database:Provider 'Oracle'", Assert.IsType<OptionsValidationException>(resolve).Message, StringComparison.Ordinal);
    }
}
