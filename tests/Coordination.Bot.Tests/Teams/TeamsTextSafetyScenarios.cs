using Coordination.Core.Chat;
using Coordination.Testing;
using Coordination.Testing.Teams;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Teams;

/// <summary>
/// What people write reaches Teams as words: only the bot's own mentions (with their entities) are mentions. The names
/// the bot keeps come from the activity's sender, never from a mention entity someone else wrote.
/// </summary>
public abstract class TeamsTextSafetyScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private const string Ann = "29:ann";
    private const string Bob = "29:bob";
    private const string Carol = "29:carol";
    private const string Dan = "29:dan";
    private const string Typed = "<at>everyone</at>";
    private readonly List<TeamsTestHost> _hosts = [];

    [Fact]
    public async Task Ask_TypedAtTagInTheTitle_RequestPostNudgesAndEscalationShowItAsText()
    {
        var teams = await StartAsync();
        await teams.App.QueryAsync(db => OrgChart.SetLeadAsync(db, ChatPlatform.Teams, TeamsActivities.Tenant, new(Carol, "carol"), new(Dan, "dan")));

        var ask = teams.Activities.Command(Ann, $"ask <at>carol</at> {Typed} review the rollout plan", people: [(Carol, "carol")]);
        await teams.PostAsync(ask);
        await teams.SettleAsync();
        for (var miss = 1; miss <= 3; miss++)
        {
            await teams.App.AdvanceAsync(TimeSpan.FromHours(48));
        }

        var thread = $"{TeamsActivities.Channel};messageid={ask["id"]!.GetValue<string>()}";
        var post = Assert.Single(Sends(teams), c => c.Card is not null && c.ConversationId == thread && !IsNudge(c));
        var nudges = Sends(teams).Where(c => c.ConversationId == thread && IsNudge(c)).ToList();
        Assert.Equal(2, nudges.Count);
        var direct = Assert.Single(Sends(teams), c => c.ConversationId == FakeBotConnector.DirectConversationId(Dan));
        foreach (var sent in new[] { post, nudges[0], nudges[1], direct })
        {
            Assert.DoesNotContain(Typed, Said(sent), StringComparison.Ordinal);
            Assert.Contains("&lt;at&gt;everyone&lt;/at&gt; review the rollout plan", Said(sent), StringComparison.Ordinal);
            Assert.Contains("<at>carol</at>", Said(sent), StringComparison.Ordinal);
            Assert.DoesNotContain("\"name\":\"everyone\"", Said(sent), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ask_MentionEntityNamesAKnownPersonOtherwise_TheirNameStays()
    {
        var teams = await StartAsync();
        await teams.PostAsync(teams.Activities.Command(Bob, "list"));
        await teams.SettleAsync();
        Assert.Equal("bob", await NameOfAsync(teams, Bob));

        await teams.PostAsync(teams.Activities.Command(Ann, "ask <at>the-ceo</at> approve the budget", people: [(Bob, "the-ceo")]));
        await teams.SettleAsync();

        Assert.Equal("bob", await NameOfAsync(teams, Bob));
        var post = Assert.Single(Sends(teams), c => c.Card is not null);
        Assert.Contains("<at>bob</at>", Said(post), StringComparison.Ordinal);
        Assert.DoesNotContain("the-ceo", Said(post), StringComparison.Ordinal);
    }

    private static IReadOnlyList<FakeConnectorCall> Sends(TeamsTestHost teams) => teams.Connector.CallsOf(FakeConnectorCallKind.SendActivity);

    private static string Said(FakeConnectorCall call) => call.Body.ToJsonString(TeamsScenarios.Readable);

    private static bool IsNudge(FakeConnectorCall call) =>
        Said(call) is var said && (said.Contains("Friendly reminder", StringComparison.Ordinal) || said.Contains("last reminder", StringComparison.Ordinal));

    private static Task<string> NameOfAsync(TeamsTestHost teams, string user) =>
        teams.App.QueryAsync(db => db.People.Where(p => p.PlatformUserId == user).Select(p => p.DisplayName).SingleAsync());

    private async Task<TeamsTestHost> StartAsync()
    {
        var host = await TeamsTestHost.StartAsync(databases);
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

public sealed class SqliteTeamsTextSafetyScenarios() : TeamsTextSafetyScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresTeamsTextSafetyScenarios(PostgresFixture server) : TeamsTextSafetyScenarios(new PostgresDatabases(server));
