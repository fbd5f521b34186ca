using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>Plain English the bot half understood: it asks before acting, and Confirm acts on exactly those words.</summary>
public abstract class SlackConfirmationScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    private const string Words = "follow up with <@UBOB|bob> on the launch friday";

    [Fact]
    public async Task FreeText_HalfUnderstood_AnswersWithConfirmAndEditAndRecordsNothing()
    {
        var slack = await StartAsync();

        var (_, body) = await slack.SendAsync(slack.Requests.Command(Words, Ann));

        var answer = JsonNode.Parse(body)!;
        Assert.StartsWith("I understood:", answer["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var buttons = answer["blocks"]!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? []).Select(e => e!["action_id"]!.GetValue<string>()).ToList();
        Assert.Equal([MessageButton.Confirm, MessageButton.Edit], buttons);
        Assert.Equal(0, await slack.App.QueryAsync(db => db.Requests.CountAsync()));
    }

    [Fact]
    public async Task ConfirmPressed_OnTheEphemeralAnswer_RecordsTheAskInTheChannel()
    {
        var slack = await StartAsync();
        await slack.SendAsync(slack.Requests.Command(Words, Ann));

        await slack.SendAsync(slack.Requests.Press(MessageButton.Confirm, Words, Ann, "1764170000.000900", ephemeral: true));
        await slack.SettleAsync();

        var request = await slack.App.QueryAsync(db => db.Requests.Include(r => r.Stakeholders).ThenInclude(s => s.Person).SingleAsync());
        Assert.Equal("the launch", request.Title);
        Assert.NotNull(request.DueAt);
        Assert.Equal(Bob, Assert.Single(request.Stakeholders).Person.PlatformUserId);
        var post = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.Contains("the launch", StringComparison.Ordinal));
        Assert.Null(post["thread_ts"]);
    }
}

public sealed class SqliteSlackConfirmationScenarios() : SlackConfirmationScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackConfirmationScenarios(PostgresFixture server) : SlackConfirmationScenarios(new PostgresDatabases(server));
