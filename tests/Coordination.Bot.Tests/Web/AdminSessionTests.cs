using System.Net;
using Coordination.Bot.Tests.LocalChat;
using Coordination.Bot.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coordination.Bot.Tests.Web;

/// <summary>The admin token given once in the address: traded for a session cookie, taken out of the address, never logged.</summary>
public sealed class AdminSessionTests() : LocalChatTests(new SqliteDatabases())
{
    private const string Token = "session-admin-token-0123456789";
    private const string Remote = "203.0.113.7";

    private static readonly Dictionary<string, string?> WithToken = new() { ["Web:AdminToken"] = Token };

    [Fact]
    public async Task Get_TokenInTheQuery_RedirectsWithoutItAndSetsASessionCookieThatIsNotTheToken()
    {
        await using var host = await StartAsync(WithToken);

        using var response = await host.Bare().SendAsync(From(Remote, $"/?as=U-BOB&token={Token}&c=%23platform"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?as=U-BOB&c=%23platform", response.Headers.Location?.OriginalString);
        var cookie = SessionCookie(response);
        Assert.DoesNotContain(Token, cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", string.Empty, StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_TokenInTheQueryOverHttps_SessionCookieIsSecure()
    {
        await using var host = await StartAsync(WithToken);
        using var client = host.Bare();
        client.BaseAddress = new Uri("https://localhost/");

        using var response = await client.SendAsync(From(Remote, $"/?token={Token}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("; secure", SessionCookie(response), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_WithTheSessionCookie_Served()
    {
        await using var host = await StartAsync(WithToken);
        using var client = host.Bare();
        using var signIn = await client.SendAsync(From(Remote, $"/?token={Token}"));
        var session = SessionCookie(signIn).Split(';')[0];

        using var request = From(Remote, "/local/state?as=U-ALICE");
        request.Headers.Add("Cookie", session);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(Token)]
    [InlineData("CfDJ8forged-ticket")]
    public async Task Get_WithACookieThatIsNotASession_Unauthorized(string value)
    {
        await using var host = await StartAsync(WithToken);
        using var request = From(Remote, "/local/state?as=U-ALICE");
        request.Headers.Add("Cookie", $"{WebAccess.CookieName}={value}");

        using var response = await host.Bare().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_TokenInTheQuery_NeverLoggedAtAnyLevel()
    {
        using var logs = new RecordingLoggerProvider();
        var everything = new Dictionary<string, string?>(WithToken)
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
        };
        await using var host = await StartAsync(everything, services: s => s.AddLogging(l => l.AddProvider(logs)));

        using var wrong = await host.Bare().SendAsync(From(Remote, $"/?token={Token}x"));
        using var right = await host.Http.SendAsync(From(Remote, $"/dashboard?token={Token}"));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(logs.Lines, l => l.Contains("/dashboard", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(Token, StringComparison.Ordinal));
    }

    private static HttpRequestMessage From(string address, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(LocalChatHost.RemoteAddressHeader, address);
        return request;
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(WebAccess.CookieName + "=", StringComparison.Ordinal));
}
