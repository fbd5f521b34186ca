using System.Net;
using Coordination.Bot.Tests.LocalChat;

namespace Coordination.Bot.Tests.Web;

/// <summary><c>X-Forwarded-*</c> count only from the proxies in <c>Web:KnownProxies</c>/<c>Web:KnownNetworks</c>.</summary>
public sealed class ForwardedHeadersTests() : LocalChatTests(new SqliteDatabases())
{
    private const string Proxy = "10.0.0.2";
    private const string Client = "203.0.113.7";

    [Fact]
    public async Task Get_ForwardedHeadersWithNoProxyConfigured_Ignored()
    {
        await using var host = await StartAsync();
        using var request = Through(null, Client);
        request.Headers.Add("X-Forwarded-Host", "evil.example");

        using var response = await host.Bare().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_ForwardedForFromAnUnlistedProxy_Ignored()
    {
        await using var host = await StartAsync(new Dictionary<string, string?> { ["Web:KnownProxies:0"] = "10.9.9.9" });

        using var response = await host.Bare().SendAsync(Through(null, Client));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Web:KnownProxies:0", Proxy, Client, HttpStatusCode.Forbidden)]
    [InlineData("Web:KnownNetworks:0", "10.0.0.0/8", Client, HttpStatusCode.Forbidden)]
    [InlineData("Web:KnownProxies:0", Proxy, "127.0.0.1", HttpStatusCode.OK)]
    public async Task Get_ForwardedForFromAConfiguredProxy_ItsClientCounts(string key, string value, string client, HttpStatusCode expected)
    {
        await using var host = await StartAsync(new Dictionary<string, string?> { [key] = value });

        using var response = await host.Bare().SendAsync(Through(Proxy, client));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Get_ForwardedProtoHttpsFromAConfiguredProxy_SessionCookieIsSecure()
    {
        var settings = new Dictionary<string, string?> { ["Web:KnownNetworks:0"] = "10.0.0.0/8", ["Web:AdminToken"] = "proxy-admin-token-0123456789" };
        await using var host = await StartAsync(settings);
        using var request = Through(Proxy, Client, "/?token=proxy-admin-token-0123456789");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "coordination.example.com");

        using var response = await host.Bare().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    private static HttpRequestMessage Through(string? proxy, string client, string path = "/local/state?as=U-ALICE")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (proxy is not null)
        {
            request.Headers.Add(LocalChatHost.RemoteAddressHeader, proxy);
        }

        request.Headers.Add("X-Forwarded-For", client);
        return request;
    }
}
