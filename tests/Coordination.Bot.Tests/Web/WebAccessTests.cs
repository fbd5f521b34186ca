using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.Web;

/// <summary>Who may open the pages: this machine without a token; with <c>Web:AdminToken</c>, whoever has it.</summary>
public sealed class WebAccessTests
{
    private const string Token = "a-long-enough-admin-token";

    [Theory]
    [InlineData("/")]
    [InlineData("/dashboard")]
    public async Task Pages_NoTokenConfiguredAndLoopbackClient_Served(string page)
    {
        await using var app = Start(remote: IPAddress.Loopback, token: null);

        var response = await app.CreateClient().GetAsync(new Uri(page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/dashboard")]
    public async Task Pages_NoTokenConfiguredAndRemoteClient_Forbidden(string page)
    {
        await using var app = Start(remote: IPAddress.Parse("203.0.113.7"), token: null);

        var response = await app.CreateClient().GetAsync(new Uri(page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Web:AdminToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_TokenConfigured_UnauthorizedWithoutOrWithAWrongOneEvenFromLoopback()
    {
        await using var app = Start(remote: IPAddress.Loopback, token: Token);
        var client = app.CreateClient();

        var without = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));
        var wrong = await client.GetAsync(new Uri("/dashboard?token=not-the-token-at-all", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task Pages_TokenConfiguredAndRemoteClient_ServedWithBearerOrWithTheCookieTheQueryLeft()
    {
        await using var app = Start(remote: IPAddress.Parse("203.0.113.7"), token: Token);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/dashboard") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Token) } };
        var byHeader = await client.SendAsync(bearer);
        var byQuery = await client.GetAsync(new Uri($"/dashboard?token={Token}", UriKind.Relative));
        var byCookie = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, byHeader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byQuery.StatusCode);
        Assert.Contains(byQuery.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, byCookie.StatusCode);
    }

    [Fact]
    public void Options_ShortToken_RefusedAtStartNamingTheKey()
    {
        var problem = Assert.ThrowsAny<Exception>(() =>
        {
            using var app = Start(remote: IPAddress.Loopback, token: "short");
            app.CreateClient();
        });

        Assert.Contains("Web:AdminToken", problem.ToString(), StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> Start(IPAddress remote, string? token)
    {
        var settings = new Dictionary<string, string?> { ["Web:AdminToken"] = token };
        var file = Path.Combine(Path.GetTempPath(), $"coordination-web-{Guid.NewGuid():N}.db");
        return new BotApp("Sqlite", $"Data Source={file}", settings: settings)
            .WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddress(remote))));
    }

    /// <summary>Makes every request come from <paramref name="address"/>, as if over the network.</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate request) =>
            {
                http.Connection.RemoteIpAddress = address;
                return request(http);
            });
            next(app);
        };
    }
}
