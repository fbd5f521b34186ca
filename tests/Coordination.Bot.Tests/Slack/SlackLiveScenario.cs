using System.Net;
using Coordination.Core.Requests;
using Coordination.Data;
using Coordination.Testing.Slack;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// The whole rule once for real: Kestrel on loopback, the jobs running on the system clock, and the 48-hour window
/// shrunk to seconds. SQLite only; the fake-clock scenarios cover both engines.
/// </summary>
public sealed class SlackLiveScenario() : SlackScenarioBase(new SqliteDatabases())
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string?> FastRule = new()
    {
        ["Coordination:ResponseWindow"] = "00:00:05",
        ["Coordination:SweepInterval"] = "00:00:00.250",
        ["Outbox:DeliveryInterval"] = "00:00:00.250",
    };

    [Fact]
    public async Task LiveHost_OneAnswersOneStaysSilent_NudgedTwiceInTheThreadThenEscalatedToTheLeadByDirectMessage()
    {
        await using var api = await FakeSlackApi.StartAsync();
        var (provider, connectionString) = await Databases.CreateAsync();
        await using var bot = new BotApp(provider, connectionString, settings: SlackTestHost.Settings(api, FastRule), runJobs: true);
        await using var live = bot.WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton(TimeProvider.System)));
        live.UseKestrel(0);
        live.StartServer();
        using var http = new HttpClient { BaseAddress = ListeningAddress(live.Services) };
        var requests = new SlackRequests(TimeProvider.System);

        await SendAsync(http, requests.Command($"lead <@{Carol}|carol> <@{Dan}|dan>", Ann));
        await SendAsync(http, requests.Command($"ask <@{Bob}|bob> <@{Carol}|carol> review the rollout plan", Ann));
        var post = await api.WaitForCallAsync(c => c is { Method: "chat.postMessage" } && c["thread_ts"] is null, Patience);
        var thread = await Eventually.Async(() => ThreadAsync(live.Services), "the post's ts as the request's thread", Patience);
        await SendAsync(http, requests.ThreadReply(Bob, thread, "Looks good to me"));
        var first = await api.WaitForCallAsync(c => IsNudgeTo(c, Carol), Patience);
        var last = await api.WaitForCallAsync(c => IsNudgeTo(c, Carol) && c["text"]!.Contains("last reminder", StringComparison.Ordinal), Patience);
        var escalation = await api.WaitForCallAsync(c => c is { Method: "chat.postMessage" } && c["channel"] == "D" + Dan, Patience);

        Assert.Equal(SlackRequests.Channel, post["channel"]);
        Assert.Contains($"<@{Carol}>", post["text"], StringComparison.Ordinal);
        Assert.Equal(thread, first["thread_ts"]);
        Assert.Equal(thread, last["thread_ts"]);
        Assert.Contains($"<@{Carol}>", escalation["text"], StringComparison.Ordinal);
        Assert.Contains("CR-1", escalation["text"], StringComparison.Ordinal);
        var calls = api.Calls.ToList();
        Assert.True(calls.IndexOf(first) < calls.IndexOf(last) && calls.IndexOf(last) < calls.IndexOf(escalation), "nudge, last nudge, then escalation");
        Assert.DoesNotContain(calls, c => IsNudgeTo(c, Bob));
        var states = await StatesAsync(live.Services);
        Assert.Equal(StakeholderState.Responded, states[Bob]);
        Assert.Equal(StakeholderState.Escalated, states[Carol]);
    }

    /// <summary>Where Kestrel listens; a plain <see cref="HttpClient"/> reaches it over TCP, as Slack would.</summary>
    private static Uri ListeningAddress(IServiceProvider services) =>
        new(services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    private static async Task SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        using (var response = await http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static Task<string?> ThreadAsync(IServiceProvider services) =>
        QueryAsync(services, db => db.Requests.Select(r => r.ThreadId).SingleOrDefaultAsync());

    private static Task<Dictionary<string, StakeholderState>> StatesAsync(IServiceProvider services) =>
        QueryAsync(services, db => db.Stakeholders.Include(s => s.Person).ToDictionaryAsync(s => s.Person.PlatformUserId, s => s.State));

    private static async Task<T> QueryAsync<T>(IServiceProvider services, Func<CoordinationDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CoordinationDbContext>());
    }
}
