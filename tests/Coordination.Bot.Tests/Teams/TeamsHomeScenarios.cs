using System.Net;
using System.Text.Json.Nodes;
using Coordination.Testing;
using Coordination.Testing.Teams;

namespace Coordination.Bot.Tests.Teams;

/// <summary>The "Waiting on you" card: the welcome in the personal chat, refreshed by Teams for whoever looks at it.</summary>
public abstract class TeamsHomeScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private const string Ann = "29:ann";
    private const string Bob = "29:bob";
    private const string Carol = "29:carol";
    private readonly List<TeamsTestHost> _hosts = [];

    [Fact]
    public async Task AppAddedToAPersonalChat_SendsTheWaitingOnYouCardRefreshedForThatUserOnly()
    {
        var teams = await StartAsync();
        await AskBobAsync(teams);

        var (status, _) = await teams.PostAsync(Sample(teams, "conversationupdate-bot-added-personal.json", Bob, members: true));

        Assert.Equal(HttpStatusCode.OK, status);
        var welcome = Assert.Single(teams.Connector.CallsOf(FakeConnectorCallKind.SendActivity), c => c.ConversationId == "a:personal-" + Bob);
        var card = welcome.Card!;
        Assert.Equal("home", card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Equal([Bob], card["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Contains("review the rollout plan", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutomaticRefresh_AnswersWithTheCardOfWhoeverIsLooking()
    {
        var teams = await StartAsync();
        await AskBobAsync(teams);

        var (bobStatus, bobBody) = await teams.PostAsync(Refresh(teams, Bob));
        var (_, carolBody) = await teams.PostAsync(Refresh(teams, Carol));

        Assert.Equal(HttpStatusCode.OK, bobStatus);
        var bobs = JsonNode.Parse(bobBody)!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", bobs["type"]!.GetValue<string>());
        Assert.Contains("review the rollout plan", bobs["value"]!["body"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal([Bob], bobs["value"]!["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        var carols = JsonNode.Parse(carolBody)!["value"]!;
        Assert.DoesNotContain("review the rollout plan", carols["body"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal([Carol], carols["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
    }

    private static async Task AskBobAsync(TeamsTestHost teams)
    {
        await teams.PostAsync(teams.Activities.Command(Ann, "ask <at>bob</at> review the rollout plan", people: [(Bob, "bob")]));
        await teams.SettleAsync();
    }

    /// <summary>Teams' automatic refresh invoke (the sample), from <paramref name="user"/>, for the Home card's verb.</summary>
    private static JsonObject Refresh(TeamsTestHost teams, string user)
    {
        var invoke = Sample(teams, "invoke-adaptivecard-action-refresh-automatic.json", user, members: false);
        invoke["value"]!["action"]!["verb"] = "home";
        invoke["value"]!["action"]!["data"] = new JsonObject { ["action"] = "home", ["key"] = "home", ["home"] = true };
        return invoke;
    }

    /// <summary>A Teams sample (its placeholders filled with the test tenant, bot and <paramref name="user"/>) in <paramref name="user"/>'s personal chat.</summary>
    private static JsonObject Sample(TeamsTestHost teams, string file, string user, bool members)
    {
        var activity = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Teams", file)))!.AsObject();
        activity["id"] = "f:" + Guid.NewGuid().ToString("N");
        activity["channelId"] = "msteams";
        activity["serviceUrl"] = teams.Connector.ServiceUrl.ToString();
        activity["from"] = new JsonObject { ["id"] = user, ["name"] = TeamsActivities.NameOf(user) };
        activity["recipient"] = new JsonObject { ["id"] = TeamsActivities.Bot, ["name"] = "Coordination" };
        activity["conversation"] = new JsonObject { ["id"] = "a:personal-" + user, ["conversationType"] = "personal", ["tenantId"] = TeamsActivities.Tenant };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsActivities.Tenant } };
        if (members)
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.Bot }, new JsonObject { ["id"] = user });
        }

        return activity;
    }

    private async Task<TeamsTestHost> StartAsync()
    {
        var host = await TeamsTestHost.StartAsync(databases, null);
        _hosts.Add(host);
        return host;
    }

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

public sealed class SqliteTeamsHomeScenarios() : TeamsHomeScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresTeamsHomeScenarios(PostgresFixture server) : TeamsHomeScenarios(new PostgresDatabases(server));
