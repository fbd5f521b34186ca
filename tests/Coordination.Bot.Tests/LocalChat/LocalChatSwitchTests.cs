using Coordination.Bot.LocalChat;
using System.Net;
using System.Text;
using Coordination.Bot.Tests.LocalChat;
using Coordination.Bot.Web;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>The local chat is off once Slack or Teams is configured, unless <c>Web:LocalChat</c> turns it on.</summary>
public sealed class LocalChatSwitchTests() : LocalChatTests(new SqliteDatabases())
{
    private static readonly Dictionary<string, string?> Slack = new()
    {
        ["Slack:SigningSecret"] = "signing-secret-for-tests",
        ["Slack:BotToken"] = "xoxb-test-token",
        ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/local/state?as=U-ALICE")]
    [InlineData("/local/assets/local-chat.js")]
    public async Task Get_SlackConfiguredAndLocalChatUnset_NotFound(string path)
    {
        await using var host = await StartAsync(Slack);

        using var response = await host.Bare().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FastForward_SlackConfiguredAndLocalChatUnset_NotFound()
    {
        await using var host = await StartAsync(Slack);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/local/fast-forward") { Content = new StringContent("""{"by":"48h"}""", Encoding.UTF8, "application/json") };
        request.Headers.Add(WriteGuard.RequestHeader, "1");

        using var response = await host.Bare().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/local/state?as=U-ALICE")]
    public async Task Get_SlackConfiguredAndLocalChatOn_Served(string path)
    {
        await using var host = await StartAsync(new Dictionary<string, string?>(Slack) { ["Web:LocalChat"] = "true" });

        using var response = await host.Bare().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_NothingConfiguredAndLocalChatOff_NotFound()
    {
        await using var host = await StartAsync(new Dictionary<string, string?> { ["Web:LocalChat"] = "false" });

        using var response = await host.Bare().GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
