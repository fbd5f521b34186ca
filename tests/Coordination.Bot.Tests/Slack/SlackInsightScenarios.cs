using System.Text;
using Coordination.Testing;

namespace Coordination.Bot.Tests.Slack;

/// <summary><c>stats</c> and <c>export</c> through Slack: figures only the asker sees, the export uploaded into their direct messages.</summary>
public abstract class SlackInsightScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task Export_BySlashCommand_PostedByDirectMessageWithTheCsvUploadedIntoThatConversation()
    {
        var slack = await StartAsync();
        await AskBobAsync(slack);

        var (_, body) = await slack.SendAsync(slack.Requests.Command("export", Ann));
        await slack.SettleAsync();

        Assert.Contains("\"response_type\":\"ephemeral\"", body, StringComparison.Ordinal);
        Assert.Equal("Sending the export (CR-1 to CR-1, 1 paper-trail entry) to your direct messages.", TextOf(body));
        Assert.Equal(Ann, Assert.Single(slack.Slack.CallsTo("conversations.open"))["users"]);
        var direct = Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c["channel"] == "D" + Ann);
        Assert.StartsWith("*Coordination export*", direct["text"], StringComparison.Ordinal);
        var reserve = Assert.Single(slack.Slack.CallsTo("files.getUploadURLExternal"));
        Assert.Equal("coordination-export-2026-11-26.csv", reserve["filename"]);
        var csv = Encoding.UTF8.GetString(Assert.Single(slack.Slack.Uploads).Content);
        Assert.Equal(reserve["length"], Encoding.UTF8.GetByteCount(csv).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("\uFEFFrequest,title,status,", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nCR-1,review the rollout plan,open,", csv, StringComparison.Ordinal);
        var complete = Assert.Single(slack.Slack.CallsTo("files.completeUploadExternal"));
        Assert.Equal("D" + Ann, complete["channel_id"]);
        Assert.False(complete.Body.ContainsKey("thread_ts"));
    }

    [Fact]
    public async Task Stats_BySlashCommand_AnsweredOnlyToTheAskerAndRefusedForSomeoneTheyDoNotLead()
    {
        var slack = await StartAsync();
        await AskBobAsync(slack);

        var (_, own) = await slack.SendAsync(slack.Requests.Command("stats", Bob));
        var (_, other) = await slack.SendAsync(slack.Requests.Command($"stats <@{Bob}|bob>", Carol));
        await slack.SettleAsync();

        Assert.Contains("\"response_type\":\"ephemeral\"", own, StringComparison.Ordinal);
        Assert.Contains("Still waiting on you: 1", TextOf(own), StringComparison.Ordinal);
        Assert.Contains("\"response_type\":\"ephemeral\"", other, StringComparison.Ordinal);
        Assert.StartsWith("Only ubob and their lead can see ubob's figures.", TextOf(other), StringComparison.Ordinal);
        Assert.DoesNotContain(slack.Slack.CallsTo("chat.postMessage"), c => c["text"]!.Contains("coordination figures", StringComparison.Ordinal));
    }
}

public sealed class SqliteSlackInsightScenarios() : SlackInsightScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackInsightScenarios(PostgresFixture server) : SlackInsightScenarios(new PostgresDatabases(server));
