using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// Reactions in a real Chromium: Alice asks Bob on the local chat page, Bob hovers the request and reacts ✅, and the
/// request is done: the reaction shows on the post and the bot says so in its thread. The page is kept as a screenshot.
/// </summary>
public sealed class ReactionsInTheBrowserTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"coordination-browser-{Guid.NewGuid():N}.db");
    private LiveBot _bot = null!;
    private Chromium _browser = null!;

    public Task InitializeAsync()
    {
        _bot = LiveBot.Start("Sqlite", $"Data Source={_database}", new Dictionary<string, string?>(), RuleInTheBrowserTests.MondayMorningClock());
        _browser = Chromium.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _bot.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    [Fact]
    public void React_StakeholderHoversTheRequestAndPicksTheCheckMark_ShownOnThePostAndDoneInTheThread()
    {
        Open("/?as=U-ALICE&c=%23platform");
        _browser.Find(By.Id("composer")).SendKeys("/coord ask @Bob review the rollout plan");
        _browser.Find(By.Id("send")).Click();
        var id = RequestPost().GetAttribute("data-message-id");

        Open("/?as=U-BOB&c=%23platform");
        new Actions(_browser.Driver).MoveToElement(RequestPost()).Perform();
        _browser.Until(d => d.FindElements(By.CssSelector($"button[data-react='✅'][data-message-id='{id}']")).FirstOrDefault(b => b.Displayed))!.Click();
        var chip = _browser.Until(d => d.FindElements(By.CssSelector($".message[data-message-id='{id}'] .reaction[data-reaction='✅']")).FirstOrDefault());
        _browser.Find(By.CssSelector($"button.open-thread[data-open-thread='{id}']")).Click();
        _browser.Until(d => d.FindElement(By.Id("thread-messages")).Text.Contains("@Bob marked this done.", StringComparison.Ordinal));
        new Actions(_browser.Driver).MoveToElement(RequestPost()).Perform();
        _browser.Screenshot("local-reactions");

        Assert.Equal("✅ 1", chip!.Text);
        Assert.Equal("Bob", chip.GetAttribute("title"));
    }

    private IWebElement RequestPost() =>
        _browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']:not(.ephemeral)")).FirstOrDefault(m => m.Text.Contains("CR-1", StringComparison.Ordinal)))!;

    private void Open(string path)
    {
        _browser.Driver.Navigate().GoToUrl(new Uri(_bot.Http.BaseAddress!, path));
        _browser.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-version") is not null);
    }
}
