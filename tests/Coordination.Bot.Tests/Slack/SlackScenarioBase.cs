using System.Text.Json.Nodes;
using Coordination.Core.Requests;
using Coordination.Testing.Slack;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// What the Slack scenario classes share: the cast, hosts on the class's database engine (disposed after each test),
/// and reads of what the bot recorded and posted.
/// </summary>
public abstract class SlackScenarioBase(ITestDatabases databases) : IAsyncLifetime
{
    protected const string Ann = "UANN";
    protected const string Bob = "UBOB";
    protected const string Carol = "UCAR";
    protected const string Dan = "UDAN";
    protected const string Eve = "UEVE";
    private readonly List<SlackTestHost> _hosts = [];

    protected ITestDatabases Databases => databases;

    protected async Task<SlackTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, FakeSlackApi? api = null, string? connectionString = null)
    {
        var host = await SlackTestHost.StartAsync(databases, settings, api, connectionString);
        _hosts.Add(host);
        return host;
    }

    protected static Task<string> ThreadOfAsync(SlackTestHost slack, int number) =>
        slack.App.QueryAsync(db => db.Requests.Where(r => r.Number == number).Select(r => r.ThreadId!).SingleAsync());

    /// <summary>Ann asks Bob with <c>/coord</c>; once the post is out, the request's thread.</summary>
    protected static async Task<string> AskBobAsync(SlackTestHost slack)
    {
        await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|bob> review the rollout plan", Ann));
        await slack.SettleAsync();
        return await ThreadOfAsync(slack, 1);
    }

    protected static Task<StakeholderState> StateOfAsync(SlackTestHost slack, string user) =>
        slack.App.QueryAsync(db => db.Stakeholders.Where(s => s.Person.PlatformUserId == user).Select(s => s.State).SingleAsync());

    /// <summary>The reminders posted to <paramref name="user"/> so far.</summary>
    protected static IReadOnlyList<FakeSlackCall> NudgesTo(SlackTestHost slack, string user) =>
        [.. slack.Slack.CallsTo("chat.postMessage").Where(c => IsNudgeTo(c, user))];

    /// <summary>A reminder to <paramref name="user"/>: "Friendly reminder, @user" or, the last one, "@user, last reminder".</summary>
    protected static bool IsNudgeTo(FakeSlackCall call, string user) =>
        call is { Method: "chat.postMessage" } && call["text"] is { } text
        && (text.Contains($"reminder, <@{user}>", StringComparison.Ordinal) || text.Contains($"<@{user}>, last reminder", StringComparison.Ordinal));

    /// <summary>The text of a slash command's answer.</summary>
    protected static string TextOf(string commandResponse) => JsonNode.Parse(commandResponse)!["text"]!.GetValue<string>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        databases.Dispose();
    }
}
