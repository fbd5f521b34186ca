using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using System.Text.Json;

namespace Coordination.Bot.Tests;

public sealed class HostTests
{
    private static string NewSqlite() => $"Data Source={Path.Combine(Path.GetTempPath(), $"coordination-test-{Guid.NewGuid():N}.db")}";

    [Theory]
    [InlineData("Coordination:ResponseWindow", "-01:00:00")]
    [InlineData("Coordination:MaxAttempts", "0")]
    [InlineData("Coordination:DefaultTimeZone", "Mars/Olympus_Mons")]
    [InlineData("Coordination:DeliveryWindow:Start", "13:00")]
    [InlineData("Coordination:DeliveryWindow:Start", "25:99")]
    [InlineData("Coordination:SweepInterval", "00:00:00")]
    [InlineData("Database:Provider", "Oracle")]
    public async Task Startup_InvalidOption_FailsWithAMessageNamingTheKey(string key, string value)
    {
        // Started directly rather than through WebApplicationFactory, whose deferred host races the failing
        // Program's own disposal and may report that instead of the validation error.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Coordination"] = NewSqlite(),
            [key] = value,
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            builder.Services.AddCoordination(builder.Configuration);
            await using var app = builder.Build();
            await app.StartAsync();
        });

        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_Running_ReportsDatabaseAndSchedulerHealthy()
    {
        using var databases = new SqliteDatabases();
        var (provider, connectionString) = await databases.CreateAsync();
        await using var app = new BotApp(provider, connectionString, runJobs: true);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("scheduler").GetProperty("status").GetString());
    }
}
