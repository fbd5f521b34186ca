using System.Net;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Testing.Slack;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// The whole rule once for real: Kestrel on loopback, the jobs running on the system clock, and the 48-hour window
/// shrunk to seconds. SQLite only; the fake-clock scenarios cover both engines.
/// </summary>
public sealed class SlackLiveScenario() : SlackScenarioBase(new SqliteDatabases())
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task LiveHost_OneAnswersOneStaysSilent_NudgedTwiceInTheThreadThenEscalatedToTheLeadByDirectMessage()
    {
        await using var api = await FakeSlackApi.StartAsync();
        var (provider, connectionString) = await Databases.CreateAsync();
        await using var live = LiveBot.Start(provider, connectionString, SlackTestHost.Settings(api, LiveBot.FastRule));
        var http = live.Http;
        var requests = new SlackRequests(TimeProvider.System);

        await live.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Slack, SlackRequests.Team, new(Carol, "carol"), new(Dan, "dan")));
        await SendAsync(http, requests.Command($"ask <@{Bob}|bob> <@{Carol}|carol> review the rollout plan", Ann));
        var post = await api.WaitForCallAsync(c => c is { Method: "chat.postMessage" } && c["thread_ts"] is null, Patience);
        var thread = await Eventually.Async(() => live.QueryAsync(db => db.Requests.Select(r => r.ThreadId).SingleOrDefaultAsync()), "the post's ts as the request's thread", Patience);
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
        var states = await live.QueryAsync(db => db.Stakeholders.Include(s => s.Person).ToDictionaryAsync(s => s.Person.PlatformUserId, s => s.State));
        Assert.Equal(StakeholderState.Responded, states[Bob]);
        Assert.Equal(StakeholderState.Escalated, states[Carol]);
    }

    private static async Task SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        using (var response = await http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
