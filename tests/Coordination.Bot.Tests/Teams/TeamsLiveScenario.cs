using System.Net;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Testing.Teams;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Teams;

/// <summary>
/// The whole rule once for real over Teams: Kestrel on loopback, the jobs on the system clock, the window in seconds,
/// tokens signed by the fake Bot Framework keys and every send going to the fake connector. SQLite only.
/// </summary>
public sealed class TeamsLiveScenario : IDisposable
{
    private const string Ann = "29:ann";
    private const string Bob = "29:bob";
    private const string Carol = "29:carol";
    private const string Dan = "29:dan";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SqliteDatabases _databases = new();

    [Fact]
    public async Task LiveHost_AskByMentionOneRepliesInTheThread_TwoNudgesInTheThreadThenAOneToOneEscalation()
    {
        await using var keys = await FakeBotFrameworkKeys.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        var (provider, connectionString) = await _databases.CreateAsync();
        await using var live = LiveBot.Start(provider, connectionString, TeamsTestHost.Settings(keys, connector, LiveBot.FastRule));
        var activities = new TeamsActivities(keys, connector.ServiceUrl, TimeProvider.System);

        await live.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Teams, TeamsActivities.Tenant, new(Carol, "carol"), new(Dan, "dan")));
        var ask = activities.Command(Ann, "ask <at>bob</at> <at>carol</at> review the rollout plan", people: [(Bob, "bob"), (Carol, "carol")]);
        await SendAsync(live, activities, ask);
        var thread = $"{TeamsActivities.Channel};messageid={ask["id"]!.GetValue<string>()}";
        var post = await connector.WaitForCallAsync(c => c.Kind == FakeConnectorCallKind.SendActivity && c.Card is not null && c.ConversationId == thread, Patience);
        await SendAsync(live, activities, activities.ChannelMessage(Bob, "Looks good to me", ask["id"]!.GetValue<string>()));
        var first = await connector.WaitForCallAsync(c => IsNudgeTo(c, "carol") && c.ConversationId == thread, Patience);
        var last = await connector.WaitForCallAsync(c => IsNudgeTo(c, "carol") && Said(c).Contains("last reminder", StringComparison.Ordinal), Patience);
        var escalation = await connector.WaitForCallAsync(c => c.Kind == FakeConnectorCallKind.SendActivity && c.ConversationId == FakeBotConnector.DirectConversationId(Dan), Patience);

        Assert.Contains("<at>carol</at>", Said(post), StringComparison.Ordinal);
        Assert.Equal(thread, last.ConversationId);
        Assert.Contains("<at>carol</at>", Said(escalation), StringComparison.Ordinal);
        Assert.Contains("CR-1", Said(escalation), StringComparison.Ordinal);
        var calls = connector.Calls.ToList();
        Assert.True(calls.IndexOf(first) < calls.IndexOf(last) && calls.IndexOf(last) < calls.IndexOf(escalation), "nudge, last nudge, then escalation");
        Assert.DoesNotContain(calls, c => IsNudgeTo(c, "bob"));
        var states = await live.QueryAsync(db => db.Stakeholders.Include(s => s.Person).ToDictionaryAsync(s => s.Person.PlatformUserId, s => s.State));
        Assert.Equal(StakeholderState.Responded, states[Bob]);
        Assert.Equal(StakeholderState.Escalated, states[Carol]);
    }

    public void Dispose() => _databases.Dispose();

    private static async Task SendAsync(LiveBot live, TeamsActivities activities, JsonObject activity)
    {
        using var request = activities.Post(activity);
        using var response = await live.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static bool IsNudgeTo(FakeConnectorCall call, string name) =>
        call.Kind == FakeConnectorCallKind.SendActivity && Said(call) is var said
        && (said.Contains($"Friendly reminder, <at>{name}</at>", StringComparison.Ordinal) || said.Contains($"<at>{name}</at>, last reminder", StringComparison.Ordinal));

    private static string Said(FakeConnectorCall call) => call.Body.ToJsonString(TeamsScenarios.Readable);
}
