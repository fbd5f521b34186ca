using Coordination.Bot.LocalChat;
using System.Net;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>The page at <c>/</c>: server-rendered, with the hooks a browser test drives, and nothing from outside.</summary>
public sealed class LocalChatPageTests() : LocalChatTests(new SqliteDatabases())
{
    [Fact]
    public async Task Page_AsAlice_RendersTheSwitcherConversationsComposerClockAndFastForward()
    {
        await using var host = await StartAsync();

        var html = await host.Http.GetStringAsync("/?as=U-ALICE&c=%23platform");

        foreach (var hook in new[]
        {
            "id=\"person\"", "<option value=\"U-ALICE\" selected>", "id=\"composer\"", "id=\"send\"", "data-channel=\"#general\"",
            "data-channel=\"#platform\" data-conversation=\"#platform\" aria-current=\"page\"", "data-dm=\"U-COORD\"", "data-dm=\"U-BOB\"",
            "id=\"messages\"", "id=\"thread\"", "id=\"clock\"", "id=\"ff-hour\"", "id=\"ff-morning\"", "id=\"ff-48h\"", "<label for=\"composer\">",
        })
        {
            Assert.Contains(hook, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("data-dm=\"U-ALICE\"", html, StringComparison.Ordinal);
        Assert.Contains("Mon 30 Nov 2026, 09:30", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_SomeoneElsesDirectMessage_OpensTheFirstChannelInstead()
    {
        await using var host = await StartAsync();

        var html = await host.Http.GetStringAsync("/?as=U-DAN&c=dm%3AU-ALICE%2BU-BOB");

        Assert.Contains("data-conversation=\"#general\" aria-current=\"page\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"U-DAN\" selected>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/local/assets/local-chat.js", "text/javascript")]
    [InlineData("/local/assets/local-chat.css", "text/css")]
    public async Task PageAndAssets_Served_NameNothingOutsideTheBot(string path, string contentType)
    {
        await using var host = await StartAsync();

        using var response = await host.Http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("http:", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"//", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asset_Unknown_NotFound()
    {
        await using var host = await StartAsync();

        using var response = await host.Http.GetAsync("/local/assets/other.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
