using System.Net;
using System.Text.Json;
using Coordination.Bot.Jobs;
using Coordination.Bot.LocalChat;
using Coordination.Bot.Web;
using Coordination.Core.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Coordination.Bot.Tests;

public sealed class HostTests
{
    private static string NewSqlite() => $"Data Source={Path.Combine(Path.GetTempPath(), $"coordination-test-{Guid.NewGuid():N}.db")}";

    [Fact]
    public void Startup_InDevelopmentWithNoChatPlatform_EveryRegistrationResolves()
    {
        // Development validates every registration when the host is built, as `dotnet run` in Development does.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Coordination"] = NewSqlite(),
        });
        builder.Services.AddCoordination(builder.Configuration);

        using var app = builder.Build();

        Assert.NotNull(app.Services.GetRequiredService<Coordination.Bot.Slack.SlackForms>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AddCoordination_WebBeforeOrAfterTheEngine_TheClockCanBeMovedAhead(bool webFirst)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Coordination"] = NewSqlite(),
        }).Build();
        var services = new ServiceCollection();

        if (webFirst)
        {
            services.AddCoordinationWeb(configuration);
            services.AddCoordinationEngine(configuration);
        }
        else
        {
            services.AddCoordinationEngine(configuration);
            services.AddCoordinationWeb(configuration);
        }

        using var provider = services.BuildServiceProvider();
        Assert.IsType<ShiftableClock>(provider.GetRequiredService<TimeProvider>());
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
    }

    [Fact]
    public void AddCoordinationWeb_AfterAClockOfItsOwn_KeepsThatClock()
    {
        var configuration = new ConfigurationBuilder().Build();
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);

        services.AddCoordinationWeb(configuration);

        using var provider = services.BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
    }

    [Theory]
    [InlineData("Coordination:ResponseWindow", "-01:00:00")]
    [InlineData("Coordination:MaxAttempts", "0")]
    [InlineData("Coordination:DefaultTimeZone", "Mars/Olympus_Mons")]
    [InlineData("Coordination:DeliveryWindow:Start", "13:00")]
    [InlineData("Coordination:DeliveryWindow:Start", "25:99")]
    [InlineData("Coordination:SweepInterval", "00:00:00")]
    [InlineData("MorningSummary:Interval", "00:00:00")]
    [InlineData("MorningSummary:Interval", "1.00:00:00")]
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

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task Jobs_MorningSummaryEnabledOrNot_ItsJobIsScheduledOrNot(string enabled, bool scheduled)
    {
        using var databases = new SqliteDatabases();
        var (provider, connectionString) = await databases.CreateAsync();
        await using var app = new BotApp(provider, connectionString, settings: new Dictionary<string, string?> { ["MorningSummary:Enabled"] = enabled });

        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.Equal(scheduled, await scheduler.Exists(MorningSummaryJob.Key));
        Assert.True(await scheduler.Exists(FollowUpSweepJob.Key));
    }

    [Fact]
    public async Task MorningSummaryJob_Running_SendsTheSummaryOnItsOwn()
    {
        using var databases = new SqliteDatabases();
        var (provider, connectionString) = await databases.CreateAsync();
        var settings = new Dictionary<string, string?> { ["MorningSummary:Interval"] = "00:00:01", ["Outbox:DeliveryInterval"] = "00:00:01" };
        await using var app = new BotApp(provider, connectionString, settings: settings, runJobs: true);

        // Thursday 15:00 UTC is 10:00 in New York: Bob's morning.
        await app.SendAsync(new SetTimeZoneCommand(People.As(People.Bob), "America/New_York"));
        await app.SendAsync(new AskCommand(People.As(People.Alice), "Review the rollout plan", [People.Bob]));
        var summary = await Eventually.Async(
            () =>
            {
                // The scheduler keeps the app's clock: move it along so the triggers come round.
                app.Clock.Advance(TimeSpan.FromSeconds(1));
                return Task.FromResult(app.Chat.Messages.FirstOrDefault(m => m.Message.Destination.Address == People.Bob.PlatformUserId && m.Message.Text.StartsWith("Good morning", StringComparison.Ordinal)));
            },
            "Bob's morning summary");

        Assert.Contains("CR-1", summary.Message.Text, StringComparison.Ordinal);
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

    [Fact]
    public async Task HealthzLiveAndReady_Running_LiveChecksNothingReadyChecksEverything()
    {
        using var databases = new SqliteDatabases();
        var (provider, connectionString) = await databases.CreateAsync();
        await using var app = new BotApp(provider, connectionString, runJobs: true);
        using var client = app.CreateClient();

        using var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        using var liveBody = JsonDocument.Parse(await live.Content.ReadAsStringAsync());
        using var readyBody = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Empty(liveBody.RootElement.GetProperty("checks").EnumerateObject());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", readyBody.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }
}
