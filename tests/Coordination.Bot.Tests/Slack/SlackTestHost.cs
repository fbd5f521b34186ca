using System.Net;
using Coordination.Bot.Inbox;
using Coordination.Bot.Slack;
using Coordination.Data.Inbox;
using Coordination.Testing.Slack;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// The bot configured for one Slack workspace, talking to a fake Slack Web API on loopback. Time is fake and the jobs
/// are off: a test sends Slack's requests, then processes events, sweeps and delivers when it means to.
/// </summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    private SlackTestHost(BotApp app, FakeSlackApi slack)
    {
        App = app;
        Slack = slack;
        Requests = new SlackRequests(app.Clock);
        Http = app.CreateClient();
    }

    public BotApp App { get; }

    public FakeSlackApi Slack { get; }

    public SlackRequests Requests { get; }

    public HttpClient Http { get; }

    /// <summary>Weekends count and there is no delivery window, so the rule's timeline is plain: 48 h, 96 h, 144 h.</summary>
    public static async Task<SlackTestHost> StartAsync(
        ITestDatabases databases, IReadOnlyDictionary<string, string?>? extra = null, FakeSlackApi? slack = null, string? connectionString = null, bool runJobs = false)
    {
        var api = slack ?? await FakeSlackApi.StartAsync();
        var (provider, connection) = await databases.CreateAsync();
        return new SlackTestHost(new BotApp(provider, connectionString ?? connection, settings: Settings(api, extra), runJobs: runJobs), api);
    }

    /// <summary>The host's settings for talking to <paramref name="api"/>, with <paramref name="extra"/> on top (a <c>null</c> value unsets a key).</summary>
    public static Dictionary<string, string?> Settings(FakeSlackApi api, IReadOnlyDictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackRequests.Secret,
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = api.BaseAddress.ToString(),
            ["Outbox:Pacing"] = "false",
            ["Coordination:CountWeekends"] = "true",
            ["Coordination:DeliveryWindow:Enabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        return settings;
    }

    /// <summary>A client like a browser: it keeps cookies and does not follow redirects.</summary>
    public HttpClient CreateBrowser() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Starts the background <c>users.info</c> look-ups (the jobs are off in this host); they stop with the host.</summary>
    public Task StartProfileSyncAsync() => App.Services.GetRequiredService<SlackProfileSync>().StartAsync(CancellationToken.None);

    /// <summary>Sends a request as Slack would and returns the status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await Http.SendAsync(request))
        {
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Does now what the background worker does right after an event is acknowledged.</summary>
    public async Task ProcessEventsAsync()
    {
        var pending = await App.QueryAsync(db => db.InboundEvents.Where(e => e.Status == InboundEventStatus.Pending).Select(e => e.Id).ToListAsync());
        foreach (var id in pending)
        {
            await App.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<InboundEventProcessor>().ProcessAsync(id, CancellationToken.None);
                return true;
            });
        }
    }

    /// <summary>Processes events, then delivers the outbox.</summary>
    public async Task SettleAsync()
    {
        await ProcessEventsAsync();
        await App.DeliverAsync();
    }

    public FakeTimeProvider Clock => App.Clock;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
