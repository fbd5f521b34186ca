using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>The pages open in a real Chromium.</summary>
public sealed class BrowserSmokeTests
{
    [Fact]
    public async Task Pages_OpenedFromThisMachine_Render()
    {
        await using var bot = LiveBot.Start("Sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), $"coordination-browser-{Guid.NewGuid():N}.db")}", new Dictionary<string, string?>());
        using var browser = Chromium.Start();

        browser.Driver.Navigate().GoToUrl(new Uri(bot.Http.BaseAddress!, "/dashboard"));

        Assert.Contains("dashboard", browser.Find(By.TagName("body")).Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(browser.Screenshot("smoke-dashboard")));
    }
}
