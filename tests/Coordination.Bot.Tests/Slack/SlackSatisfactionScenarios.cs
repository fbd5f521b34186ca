using System.Net;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>"How did it go?" on Slack: a direct message to the requester with 👍 / 👎 buttons, answered by a press.</summary>
public abstract class SlackSatisfactionScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task Resolved_AnnIsAskedByDirectMessage_HerPressIsRecordedAndAnsweredToHerAlone()
    {
        var slack = await StartAsync();
        var post = await AskBobAsync(slack);
        await slack.SendAsync(slack.Requests.Press(MessageButton.Done, "CR-1", Bob, post));
        await slack.SettleAsync();

        var question = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.Contains("How did it go?", StringComparison.Ordinal));
        Assert.Equal("D" + Ann, question["channel"]);
        var buttons = JsonNode.Parse(question["blocks"]!)!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? []).ToList();
        Assert.Equal([MessageButton.WentWell, MessageButton.WentBadly], buttons.Select(b => b!["action_id"]!.GetValue<string>()));
        var value = buttons[0]!["value"]!.GetValue<string>();

        var (status, _) = await slack.SendAsync(slack.Requests.Press(MessageButton.WentWell, value, Ann, "1764230800.000100", text: question["text"]!, blockId: "coord-satisfaction"));
        var (byBob, _) = await slack.SendAsync(slack.Requests.Press(MessageButton.WentBadly, value, Bob, "1764230800.000100", text: question["text"]!, blockId: "coord-satisfaction"));
        await slack.SettleAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (status, byBob));
        Assert.True(await slack.App.QueryAsync(db => db.SatisfactionQuestions.Select(q => q.Happy).SingleAsync()));
        var thanks = Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"), c => c["user"] == Ann);
        Assert.Equal("Thanks: glad it went well.", thanks["text"]);
        Assert.Contains(slack.Slack.CallsTo("chat.postEphemeral"), c => c["user"] == Bob && c["text"]!.StartsWith("Only the person who asked", StringComparison.Ordinal));
    }
}

public sealed class SqliteSlackSatisfactionScenarios() : SlackSatisfactionScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackSatisfactionScenarios(PostgresFixture server) : SlackSatisfactionScenarios(new PostgresDatabases(server));
