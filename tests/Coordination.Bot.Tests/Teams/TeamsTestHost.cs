using System.Net;
using System.Text.Json.Nodes;
using Coordination.Bot.Inbox;
using Coordination.Data.Inbox;
using Coordination.Testing.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Coordination.Bot.Tests.Teams;

/// <summary>
/// The bot registered for Teams, with the Bot Framework's keys and the Bot Connector faked on loopback. Time is fake
/// and the jobs are off unless asked for: a test posts activities, then processes, sweeps and delivers when it means to.
/// </summary>
public sealed class TeamsTestHost : IAsyncDisposable
{
    private TeamsTestHost(BotApp app, FakeBotFrameworkKeys keys, FakeBotConnector connector)
    {
        App = app;
        Keys = keys;
        Connector = connector;
        Activities = new TeamsActivities(keys, connector.ServiceUrl, app.Clock);
        Http = app.CreateClient();
    }

    public BotApp App { get; }

    public FakeBotFrameworkKeys Keys { get; }

    public FakeBotConnector Connector { get; }

    public TeamsActivities Activities { get; }

    public HttpClient Http { get; }

    public FakeTimeProvider Clock => App.Clock;

    /// <summary>Weekends count and there is no delivery window, so the rule's timeline is plain: 48 h, 96 h, 144 h.</summary>
    public static async Task<TeamsTestHost> StartAsync(
        ITestDatabases databases, IReadOnlyDictionary<string, string?>? extra = null, string? connectionString = null, bool runJobs = false)
    {
        var keys = await FakeBotFrameworkKeys.StartAsync();
        var connector = await FakeBotConnector.StartAsync();
        var (provider, connection) = await databases.CreateAsync();
        var app = new BotApp(provider, connectionString ?? connection, settings: Settings(keys, connector, extra), runJobs: runJobs);
        return new TeamsTestHost(app, keys, connector);
    }

    public static Dictionary<string, string?> Settings(FakeBotFrameworkKeys keys, FakeBotConnector connector, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Teams:AppId"] = TeamsActivities.AppId,
            ["Teams:AppPassword"] = "test-client-secret",
            ["Teams:TenantId"] = TeamsActivities.Tenant,
            ["Teams:OpenIdMetadataUrl"] = keys.MetadataUrl.ToString(),
            ["Teams:TokenEndpoint"] = connector.TokenEndpoint.ToString(),
            ["Outbox:Pacing"] = "false",
            ["Coordination:CountWeekends"] = "true",
            ["Coordination:DeliveryWindow:Enabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Posts an activity as Teams would and returns the status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(JsonObject activity, string? token = null, string? rawBody = null)
    {
        using var request = Activities.Post(activity, token, rawBody);
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Does now what the background worker does right after a message is acknowledged, then delivers the outbox.</summary>
    public async Task SettleAsync()
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

        await App.DeliverAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Keys.DisposeAsync();
    }
}
