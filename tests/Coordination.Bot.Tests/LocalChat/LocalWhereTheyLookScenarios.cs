using System.Net;
using System.Text.Json;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>On the local page: the bot's direct message runs commands, ✅ / 👀 answer a request, and <c>CR-n</c> in a message shows its writer a line.</summary>
public abstract class LocalWhereTheyLookScenarios(ITestDatabases databases) : LocalChatTests(databases)
{
    private const string Alice = "U-ALICE";
    private const string Bob = "U-BOB";
    private const string Carol = "U-CAROL";
    private const string Bot = "U-COORD";

    [Theory]
    [InlineData("list waiting")]
    [InlineData("what's waiting on me")]
    public async Task DirectMessage_CommandOrPlainEnglish_AnsweredInTheDm(string text)
    {
        await using var host = await StartAsync();
        await AskAsync(host);

        var answer = await host.PostAsync("/local/messages", new { @as = Bob, dm = Bot, text });

        Assert.Contains("CR-1", answer.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(await host.MessagesAsync(Bob), m => m.GetProperty("conversation").GetString() == "dm:U-BOB" && m.GetProperty("author").GetString() == Bot
            && m.GetProperty("text").GetString()!.Contains("CR-1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("✅", StakeholderState.Done)]
    [InlineData("👀", StakeholderState.Responded)]
    public async Task React_StakeholderOnTheRequestPost_AnswersAsTheButtonAndShowsTheReaction(string emoji, StakeholderState state)
    {
        await using var host = await StartAsync();
        var post = await AskAsync(host);

        var reacted = await host.PostAsync("/local/react", new { @as = Bob, messageId = post.GetProperty("id").GetString(), emoji });

        Assert.Equal(state, await host.QueryAsync(db => db.Stakeholders.Select(s => s.State).SingleAsync()));
        var shown = Assert.Single(reacted.GetProperty("message").GetProperty("reactions").EnumerateArray());
        Assert.Equal(emoji, shown.GetProperty("emoji").GetString());
        Assert.Equal(["Bob"], shown.GetProperty("by").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(emoji == "✅", (await host.MessagesAsync()).Any(m => m.GetProperty("text").GetString() == "@Bob marked this done."));
    }

    [Fact]
    public async Task React_StakeholderOnAReplyInTheThread_MarksDone()
    {
        await using var host = await StartAsync();
        var post = await AskAsync(host);
        var reply = await host.WriteAsync(Alice, "any news?", thread: post.GetProperty("id").GetString());

        await host.PostAsync("/local/react", new { @as = Bob, messageId = reply.GetProperty("message").GetProperty("id").GetString(), emoji = "✅" });

        Assert.Equal(StakeholderState.Done, await host.QueryAsync(db => db.Stakeholders.Select(s => s.State).SingleAsync()));
    }

    [Fact]
    public async Task React_SomeoneNotAsked_NothingRecordedNothingPosted()
    {
        await using var host = await StartAsync();
        var post = await AskAsync(host);
        var before = (await host.MessagesAsync()).Count;

        await host.PostAsync("/local/react", new { @as = Carol, messageId = post.GetProperty("id").GetString(), emoji = "✅" });

        Assert.Equal(StakeholderState.Waiting, await host.QueryAsync(db => db.Stakeholders.Select(s => s.State).SingleAsync()));
        Assert.Equal(1, await host.QueryAsync(db => db.Attempts.CountAsync()));
        Assert.Equal(before, (await host.MessagesAsync()).Count);
    }

    [Theory]
    [InlineData("{\"as\":\"U-BOB\",\"messageId\":\"POST\",\"emoji\":\"🎉\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"as\":\"U-NOBODY\",\"messageId\":\"POST\",\"emoji\":\"✅\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"as\":\"U-BOB\",\"messageId\":\"1.999999\",\"emoji\":\"✅\"}", HttpStatusCode.NotFound)]
    [InlineData("{\"as\":\"U-BOB\",", HttpStatusCode.BadRequest)]
    public async Task React_BadInput_RefusedSayingWhyAndNothingChanges(string body, HttpStatusCode expected)
    {
        await using var host = await StartAsync();
        var post = await AskAsync(host);

        using var response = await host.Http.PostAsync("/local/react", new StringContent(body.Replace("POST", post.GetProperty("id").GetString(), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(StakeholderState.Waiting, await host.QueryAsync(db => db.Stakeholders.Select(s => s.State).SingleAsync()));
    }

    [Fact]
    public async Task Mention_InAnotherChannel_OnlyTheWriterSeesOneLineOnceAnHour()
    {
        await using var host = await StartAsync();
        await AskAsync(host);

        await host.WriteAsync(Carol, "is CR-1 moving?", channel: "#general");
        await host.WriteAsync(Carol, "CR-1 again", channel: "#general");

        var lines = (await host.MessagesAsync(Carol)).Where(IsLine).ToList();
        var line = Assert.Single(lines);
        Assert.True(line.GetProperty("ephemeral").GetBoolean());
        Assert.Equal("#general", line.GetProperty("conversation").GetString());
        Assert.StartsWith("CR-1 · review the rollout plan · waiting on @Bob (attempt 1 of 3), next follow-up ", line.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(await host.MessagesAsync(Alice), IsLine);
    }

    [Fact]
    public async Task Mention_InTheRequestsOwnThread_ShowsNothing()
    {
        await using var host = await StartAsync();
        var post = await AskAsync(host);

        await host.WriteAsync(Carol, "CR-1 is this one", thread: post.GetProperty("id").GetString());

        Assert.DoesNotContain(await host.MessagesAsync(Carol), IsLine);
    }

    private static bool IsLine(JsonElement m) =>
        m.GetProperty("author").GetString() == Bot && m.GetProperty("text").GetString()!.StartsWith("CR-1 ·", StringComparison.Ordinal);

    /// <summary>Alice asks Bob in #platform; the bot's post of CR-1.</summary>
    private static async Task<JsonElement> AskAsync(LocalChatHost host)
    {
        await host.WriteAsync(Alice, "/coord ask @bob review the rollout plan");
        return Assert.Single(await host.MessagesAsync(), m => m.GetProperty("author").GetString() == Bot && m.GetProperty("text").GetString()!.StartsWith("CR-1:", StringComparison.Ordinal));
    }
}

public sealed class SqliteLocalWhereTheyLookScenarios() : LocalWhereTheyLookScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresLocalWhereTheyLookScenarios(PostgresFixture server) : LocalWhereTheyLookScenarios(new PostgresDatabases(server));
