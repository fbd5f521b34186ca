using Coordination.Bot.LocalChat;
using System.Net;
using System.Text;
using Coordination.Bot.Tests.LocalChat;
using Coordination.Bot.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.Web;

/// <summary>Another site's page cannot write to the local chat through a visitor's browser, nor reach it by a rebound host name.</summary>
public sealed class WebWriteGuardTests() : LocalChatTests(new SqliteDatabases())
{
    private const string Message = """{"as":"U-ALICE","channel":"#platform","text":"ask @bob ship it"}""";
    private const string Forward = """{"by":"48h","as":"U-ALICE"}""";

    [Theory]
    [InlineData("/local/messages", Message)]
    [InlineData("/local/fast-forward", Forward)]
    public async Task Post_AsTextPlain_UnsupportedMediaTypeAndNothingDone(string path, string body)
    {
        await using var host = await StartAsync();

        using var response = await host.Bare().SendAsync(Write(path, body, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        AssertNothingDone(host);
    }

    [Theory]
    [InlineData("/local/messages", Message)]
    [InlineData("/local/fast-forward", Forward)]
    public async Task Post_FromACrossSiteOrigin_ForbiddenAndNothingDone(string path, string body)
    {
        await using var host = await StartAsync();
        using var request = Write(path, body);
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await host.Bare().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingDone(host);
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    public async Task Post_WithSecFetchSiteNotSameOrigin_ForbiddenAndNothingDone(string site)
    {
        await using var host = await StartAsync();
        using var request = Write("/local/messages", Message);
        request.Headers.Add("Sec-Fetch-Site", site);

        using var response = await host.Bare().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingDone(host);
    }

    [Theory]
    [InlineData("/local/messages", Message)]
    [InlineData("/local/press", """{"as":"U-BOB","messageId":"1.000001","action":"ack","value":"CR-1"}""")]
    [InlineData("/local/fast-forward", Forward)]
    public async Task Post_WithoutTheRequestHeader_ForbiddenAndNothingDone(string path, string body)
    {
        await using var host = await StartAsync();

        using var response = await host.Bare().SendAsync(Write(path, body, header: false));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingDone(host);
    }

    [Fact]
    public async Task Post_AsThePageDoesFromItsOwnOrigin_Written()
    {
        await using var host = await StartAsync();
        using var request = Write("/local/messages", Message);
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await host.Bare().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(0, host.Transcript.Version);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/local/state?as=U-ALICE")]
    [InlineData("/dashboard")]
    public async Task Get_UnderAForeignHostWithoutAToken_BadRequest(string path)
    {
        await using var host = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";

        using var response = await host.Bare().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnderAForeignHostWithoutAToken_BadRequestAndNothingDone()
    {
        await using var host = await StartAsync();
        using var request = Write("/local/messages", Message);
        request.Headers.Host = "evil.example:5000";

        using var response = await host.Bare().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNothingDone(host);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5000")]
    [InlineData("127.0.0.1:5000")]
    [InlineData("[::1]:5000")]
    public async Task Get_UnderALoopbackHost_Served(string name)
    {
        await using var host = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/local/state?as=U-ALICE");
        request.Headers.Host = name;

        using var response = await host.Bare().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnderAnotherHostWithTheAdminToken_Served()
    {
        await using var host = await StartAsync(new Dictionary<string, string?> { ["Web:AdminToken"] = "local-admin-token-0123456789" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/local/state?as=U-ALICE");
        request.Headers.Host = "coordination.example.com";
        request.Headers.Authorization = new("Bearer", "local-admin-token-0123456789");

        using var response = await host.Bare().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage Write(string path, string body, string contentType = "application/json", bool header = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (header)
        {
            request.Headers.Add(WriteGuard.RequestHeader, "1");
        }

        return request;
    }

    private static void AssertNothingDone(LocalChatHost host)
    {
        Assert.Equal(0, host.Transcript.Version);
        Assert.Equal(TimeSpan.Zero, host.Web.Services.GetRequiredService<FastForward>().Offset);
    }
}
