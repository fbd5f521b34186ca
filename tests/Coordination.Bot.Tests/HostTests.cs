using System.Net;
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
        await using var app = new BotApp("Sqlite", NewSqlite(), settings: new Dictionary<string, string?> { [key] = value }, runJobs: true);

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_Running_ReportsDatabaseAndSchedulerHealthy()
    {
        await using var app = new BotApp("Sqlite", NewSqlite(), runJobs: true);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("scheduler").GetProperty("status").GetString());
    }
}
