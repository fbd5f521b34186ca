using System.Net;
using System.Net.Http.Headers;
using Coordination.Bot.Tests.Scenarios;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Microsoft.AspNetCore.Mvc.Testing;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Telemetry;

/// <summary>
/// <c>/metrics</c> through the real host: served only when <c>Telemetry:Prometheus</c> is on, only to whoever the web
/// access rule admits, and carrying every metric an operator reads after an ask has gone through the whole rule.
/// </summary>
public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private const string Token = "metrics-admin-token-0123456789";

    /// <summary>The Prometheus names of the bot's own metrics, as the exporter writes them.</summary>
    public static readonly string[] ExportedNames =
    [
        "coordination_requests_recorded_total",
        "coordination_nudges_sent_total",
        "coordination_escalations_sent_total",
        "coordination_answers_recorded_total",
        "coordination_outbox_depth",
        "coordination_outbox_oldest_age_seconds",
        "coordination_delivery_latency_seconds_bucket",
        "coordination_delivery_throttled_total",
        "coordination_delivery_retries_total",
        "coordination_sweep_duration_seconds_bucket",
        "coordination_sweep_due_total",
        "coordination_inbound_rejected_total",
    ];

    /// <summary>Each app's database files, removed when the test is done.</summary>
    private readonly List<SqliteDatabases> _databases = [];
    private readonly List<BotApp> _apps = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        _databases.ForEach(d => d.Dispose());
    }

    [Fact]
    public async Task Metrics_AfterAnAskThatRanTheWholeRule_ShowEveryMetricAndCountTheRequestByPlatformAndWorkspace()
    {
        var workspace = $"T-METRICS-{Guid.NewGuid():N}";
        var channel = new ScriptedChannel(DeliveryResult.Transient("ratelimited", TimeSpan.FromSeconds(30)), DeliveryResult.Success("m-1"));
        var app = await StartAsync(prometheus: true, channel);
        await RunTheRuleAsync(app, workspace);
        using var http = app.CreateClient();
        await http.PostAsync(new Uri("/slack/commands", UriKind.Relative), new StringContent("command=/coord"));
        await http.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent("{}"));

        var (status, text) = await ScrapeAsync(http, Token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(ExportedNames, name => Assert.Contains(name, text, StringComparison.Ordinal));
        var recorded = Sample(text, "coordination_requests_recorded_total", $"workspace=\"{workspace}\"");
        Assert.Contains("platform=\"local\"", recorded.Labels, StringComparison.Ordinal);
        Assert.Equal("2", recorded.Value);
        Assert.Equal("1", Sample(text, "coordination_answers_recorded_total", $"workspace=\"{workspace}\"").Value);
        Assert.Equal("4", Sample(text, "coordination_nudges_sent_total", $"workspace=\"{workspace}\"").Value);
        Assert.Equal("2", Sample(text, "coordination_escalations_sent_total", $"workspace=\"{workspace}\"").Value);
        Assert.Contains("reason=\"no_secret\"", text, StringComparison.Ordinal);
        Assert.Contains("reason=\"bad_token\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AMessageWaitingTenMinutes_OutboxDepthOneAndOldestAgeSixHundredSeconds()
    {
        var app = await StartAsync(prometheus: true);
        await app.SendAsync(new AskCommand(As(Alice), "Review the rollout plan", [Bob]));
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        using var http = app.CreateClient();

        var (_, text) = await ScrapeAsync(http, Token);

        Assert.Equal("1", Sample(text, "coordination_outbox_depth", "otel_scope_name").Value);
        Assert.Equal("600", Sample(text, "coordination_outbox_oldest_age_seconds", "otel_scope_name").Value);
    }

    [Fact]
    public async Task Metrics_PrometheusOff_NotFound()
    {
        var app = await StartAsync(prometheus: false);
        using var http = app.CreateClient();

        var (status, _) = await ScrapeAsync(http, Token);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Metrics_WithoutTheAdminToken_Refused()
    {
        var app = await StartAsync(prometheus: true);
        using var http = app.CreateClient();

        var (none, _) = await ScrapeAsync(http, token: null);
        var (wrong, wrongText) = await ScrapeAsync(http, "not-the-admin-token-at-all");

        Assert.Equal(HttpStatusCode.Unauthorized, none);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.DoesNotContain("coordination_", wrongText, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two asks (one on two people), the first post throttled once; Carol answers, Bob and Dan never do: each is nudged
    /// at 48 and 96 hours and escalated at 144.
    /// </summary>
    private static async Task RunTheRuleAsync(BotApp app, string workspace)
    {
        CommandContext In(PersonRef person) => new(ChatPlatform.Local, workspace, person, Channel);
        Assert.True((await app.SendAsync(new AskCommand(In(Alice), "Review the rollout plan", [Bob, Carol]))).Succeeded);
        Assert.True((await app.SendAsync(new AskCommand(In(Alice), "Pick a launch date", [Dan]))).Succeeded);
        await app.DeliverAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        await app.DeliverAsync();
        Assert.True((await app.SendAsync(new AcknowledgeCommand(In(Carol), 1))).Succeeded);

        for (var window = 0; window < 3; window++)
        {
            await app.AdvanceAsync(TimeSpan.FromHours(48));
        }
    }

    private async Task<BotApp> StartAsync(bool prometheus, IChatChannel? channel = null)
    {
        var databases = new SqliteDatabases();
        _databases.Add(databases);
        var (provider, connectionString) = await databases.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Telemetry:Prometheus"] = prometheus ? "true" : "false",
            ["Web:AdminToken"] = Token,
            ["Coordination:CountWeekends"] = "true",
            ["Coordination:DeliveryWindow:Enabled"] = "false",
        };
        var app = new BotApp(provider, connectionString, settings: settings, channel: channel);
        _apps.Add(app);
        _ = app.Services;
        return app;
    }

    private static async Task<(HttpStatusCode Status, string Text)> ScrapeAsync(HttpClient http, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The labels and value of the one sample of <paramref name="metric"/> whose labels include <paramref name="label"/>.</summary>
    private static (string Labels, string Value) Sample(string text, string metric, string label)
    {
        var line = text.Split('\n').Single(l => l.StartsWith(metric + "{", StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal));
        var end = line.LastIndexOf('}');
        return (line[..(end + 1)], line[(end + 2)..].Split(' ')[0]);
    }
}
