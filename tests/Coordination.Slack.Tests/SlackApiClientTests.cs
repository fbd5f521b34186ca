using System.Text;
using System.Text.Json.Nodes;
using Coordination.Slack.Outbound;

namespace Coordination.Slack.Tests;

public sealed class SlackApiClientTests : FakeSlackTestBase
{
    [Fact]
    public async Task AuthTest_Ok_ReturnsBotIdentityWithBearerToken()
    {
        var result = await CreateClient().AuthTestAsync(Token, CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal("W12345678", result.Value!.UserId);
        Assert.Equal("T12345678", result.Value.TeamId);
        Assert.Equal("Bearer " + Token, Assert.Single(Fake.CallsTo("auth.test")).Authorization);
    }

    [Fact]
    public async Task PostMessage_WithBlocksInThread_SendsUtf8JsonAndReturnsTs()
    {
        var blocks = new JsonArray(new JsonObject { ["type"] = "section" });

        var result = await CreateClient().PostMessageAsync(Token, "C1", "hello <@U1>", blocks, "1700000000.000001", CancellationToken.None);

        Assert.True(result.Ok);
        Assert.False(string.IsNullOrEmpty(result.Value));
        var call = Assert.Single(Fake.CallsTo("chat.postMessage"));
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("Bearer " + Token, call.Authorization);
        Assert.Equal("C1", call["channel"]);
        Assert.Equal("hello <@U1>", call["text"]);
        Assert.Equal("1700000000.000001", call["thread_ts"]);
        Assert.Equal("section", call.Body["blocks"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostMessage_NoBlocksNoThread_OmitsThoseFields()
    {
        var client = CreateClient();

        var first = await client.PostMessageAsync(Token, "C1", "one", null, null, CancellationToken.None);
        var second = await client.PostMessageAsync(Token, "C1", "two", null, null, CancellationToken.None);

        Assert.True(string.CompareOrdinal(first.Value, second.Value) < 0);
        var call = Fake.CallsTo("chat.postMessage")[0];
        Assert.False(call.Body.ContainsKey("blocks"));
        Assert.False(call.Body.ContainsKey("thread_ts"));
    }

    [Fact]
    public async Task PostEphemeral_Ok_ReturnsMessageTsAndNamesUser()
    {
        var result = await CreateClient().PostEphemeralAsync(Token, "C1", "U2", "only you", null, "1.2", CancellationToken.None);

        Assert.True(result.Ok);
        Assert.False(string.IsNullOrEmpty(result.Value));
        var call = Assert.Single(Fake.CallsTo("chat.postEphemeral"));
        Assert.Equal("U2", call["user"]);
        Assert.Equal("1.2", call["thread_ts"]);
    }

    [Fact]
    public async Task UpdateMessage_Ok_SendsChannelAndTs()
    {
        var result = await CreateClient().UpdateMessageAsync(Token, "C1", "1.5", "done", null, CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal("1.5", result.Value);
        var call = Assert.Single(Fake.CallsTo("chat.update"));
        Assert.Equal(("C1", "1.5", "done"), (call["channel"], call["ts"], call["text"]));
    }

    [Fact]
    public async Task OpenDirectConversation_Ok_ReturnsDmChannelId()
    {
        var result = await CreateClient().OpenDirectConversationAsync(Token, "U7", CancellationToken.None);

        Assert.Equal("DU7", result.Value);
        Assert.Equal("U7", Assert.Single(Fake.CallsTo("conversations.open"))["users"]);
    }

    [Fact]
    public async Task GetUser_RegisteredZone_ReturnsUserWithThatZone()
    {
        Fake.SetUserTimeZone("U1", "Europe/London");

        var result = await CreateClient().GetUserAsync(Token, "U1", CancellationToken.None);

        Assert.Equal(new SlackUser("U1", "spengler", "Egon Spengler", "spengler", "Europe/London", false, false), result.Value);
        Assert.Equal("U1", Assert.Single(Fake.CallsTo("users.info"))["user"]);
    }

    [Fact]
    public async Task GetUser_WorkspaceAdmin_ReturnsUserMarkedAdmin()
    {
        Fake.SetUserAdmin("U1");

        var result = await CreateClient().GetUserAsync(Token, "U1", CancellationToken.None);

        Assert.True(result.Value!.IsAdmin);
    }

    [Fact]
    public async Task GetUser_OrdinaryMember_ReturnsUserNotAdmin()
    {
        var result = await CreateClient().GetUserAsync(Token, "U1", CancellationToken.None);

        Assert.False(result.Value!.IsAdmin);
    }

    [Fact]
    public async Task ExchangeOAuthCode_Ok_UsesBasicAuthAndFormBody()
    {
        var result = await CreateClient().ExchangeOAuthCodeAsync("123.456", "s3cret", "code-1", "https://bot.example/slack/oauth", CancellationToken.None);

        var access = result.Value!;
        Assert.Equal(("xoxb-REDACTED-EXAMPLE", "U0KRQLJ9H", "T9TK3CUKW", "Slack Softball Team"), (access.AccessToken, access.BotUserId, access.TeamId, access.TeamName));
        Assert.Equal(("E12345678", "A0KRD7HC3", "U1234", false), (access.EnterpriseId, access.AppId, access.InstallerUserId, access.IsEnterpriseInstall));
        Assert.Equal("commands,incoming-webhook", access.Scope);
        Assert.DoesNotContain("xoxb", access.ToString(), StringComparison.Ordinal);
        var call = Assert.Single(Fake.CallsTo("oauth.v2.access"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("123.456:s3cret")), call.Authorization);
        Assert.Equal(("code-1", "https://bot.example/slack/oauth"), (call["code"], call["redirect_uri"]));
    }
}
