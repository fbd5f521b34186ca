using Coordination.Bot.LocalChat;
using System.Net;
using System.Net.Http.Headers;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>Who may open the local chat: this machine only without <c>Web:AdminToken</c>; with it, whoever gives it.</summary>
public sealed class LocalChatAccessTests() : LocalChatTests(new SqliteDatabases())
{
    private const string Token = "local-admin-token-0123456789";
    private const string Remote = "203.0.113.7";

    private static readonly Dictionary<string, string?> WithToken = new() { ["Web:AdminToken"] = Token };

    [Theory]
    [InlineData("/")]
    [InlineData("/local/state?as=U-ALICE")]
    [InlineData("/local/assets/local-chat.js")]
    public async Task Get_FromThisMachineWithoutAToken_Served(string path)
    {
        await using var host = await StartAsync();

        using var response = await host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/local/state?as=U-ALICE")]
    [InlineData("/local/events?as=U-ALICE")]
    [InlineData("/local/assets/local-chat.css")]
    public async Task Get_FromAnotherMachineWithoutAToken_Forbidden(string path)
    {
        await using var host = await StartAsync();

        using var response = await host.Http.SendAsync(Request(HttpMethod.Get, path, Remote));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_FromAnotherMachineWithoutAToken_ForbiddenAndNothingWritten()
    {
        await using var host = await StartAsync();
        var request = Request(HttpMethod.Post, "/local/messages", Remote);
        request.Content = new StringContent("""{"as":"U-ALICE","channel":"#platform","text":"hello"}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, host.Transcript.Version);
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/local/state?as=U-ALICE", null)]
    [InlineData("/", Remote)]
    [InlineData("/local/messages", Remote)]
    public async Task Get_WithAnAdminTokenSetButNoneGiven_Unauthorized(string path, string? from)
    {
        await using var host = await StartAsync(WithToken);

        using var response = await host.Http.SendAsync(Request(HttpMethod.Get, path, from));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_FromAnotherMachineWithTheTokenAsBearer_Served()
    {
        await using var host = await StartAsync(WithToken);
        var request = Request(HttpMethod.Get, "/local/state?as=U-ALICE", Remote);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithAWrongToken_Unauthorized()
    {
        await using var host = await StartAsync(WithToken);
        var request = Request(HttpMethod.Get, "/local/state?as=U-ALICE", Remote);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token + "x");

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Page_WithTheTokenInTheQuery_ItsSessionOpensTheScriptAndTheApi()
    {
        await using var host = await StartAsync(WithToken);

        using var page = await host.Http.SendAsync(Request(HttpMethod.Get, $"/?token={Token}", Remote));
        using var script = await host.Http.SendAsync(Request(HttpMethod.Get, "/local/assets/local-chat.js", Remote));
        using var state = await host.Http.SendAsync(Request(HttpMethod.Get, "/local/state?as=U-BOB", Remote));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain(Token, page.RequestMessage!.RequestUri!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, state.StatusCode);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? from)
    {
        var request = new HttpRequestMessage(method, path);
        if (from is not null)
        {
            request.Headers.Add(LocalChatHost.RemoteAddressHeader, from);
        }

        return request;
    }
}
