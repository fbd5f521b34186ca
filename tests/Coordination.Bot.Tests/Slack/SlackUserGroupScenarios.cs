using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>A Slack user group named in a command (slash or mention) stands for each of its members.</summary>
public abstract class SlackUserGroupScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task Ask_NamingAUserGroup_AsksEachMemberOfTheGroup()
    {
        var slack = await StartAsync();

        var (_, body) = await slack.SendAsync(slack.Requests.Command("ask <!subteam^S0614TZR7|@backend> review the rollout plan", Ann));

        Assert.Contains("CR-1", TextOf(body), StringComparison.Ordinal);
        var lookup = Assert.Single(slack.Slack.CallsTo("usergroups.users.list"));
        Assert.Equal("S0614TZR7", lookup["usergroup"]);
        var stakeholders = await slack.App.QueryAsync(db => db.Stakeholders.Select(s => s.Person.PlatformUserId).OrderBy(p => p).ToListAsync());
        Assert.Equal(["U060R4BJ4", "W123A4BC5"], stakeholders);
    }

    [Fact]
    public async Task Mention_NamingAUserGroup_AsksEachMemberOfTheGroup()
    {
        var slack = await StartAsync();

        await slack.SendAsync(slack.Requests.Mention(Ann, "ask <!subteam^S0614TZR7|@backend> review the rollout plan"));
        await slack.SettleAsync();

        var stakeholders = await slack.App.QueryAsync(db => db.Stakeholders.Select(s => s.Person.PlatformUserId).OrderBy(p => p).ToListAsync());
        Assert.Equal(["U060R4BJ4", "W123A4BC5"], stakeholders);
    }

    [Fact]
    public async Task Ask_NamingAGroupSlackWillNotShow_AnswersWithUsageAndRecordsNothing()
    {
        var slack = await StartAsync();
        slack.Slack.FailNext("usergroups.users.list", error: "no_such_subteam");

        var (_, body) = await slack.SendAsync(slack.Requests.Command("ask <!subteam^S0000000|@nobody> review the rollout plan", Ann));

        Assert.DoesNotContain("CR-1", TextOf(body), StringComparison.Ordinal);
        Assert.Equal(0, await slack.App.QueryAsync(db => db.Requests.CountAsync()));
    }
}

public sealed class SqliteSlackUserGroupScenarios() : SlackUserGroupScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackUserGroupScenarios(PostgresFixture server) : SlackUserGroupScenarios(new PostgresDatabases(server));
