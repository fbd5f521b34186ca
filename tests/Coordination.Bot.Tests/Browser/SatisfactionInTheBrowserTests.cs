using Coordination.Bot.LocalChat;
using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// "How did it go?" in a real Chromium: Alice asks Bob on the local chat page, Bob marks it done, and Alice answers the
/// question in her direct messages with the bot by pressing 👍. The screenshot of that conversation is kept as an artifact.
/// </summary>
public sealed class SatisfactionInTheBrowserTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"coordination-browser-{Guid.NewGuid():N}.db");
    private LiveBot _bot = null!;
    private Chromium _browser = null!;

    public Task InitializeAsync()
    {
        _bot = LiveBot.Start("Sqlite", $"Data Source={_database}", new Dictionary<string, string?>(), new ShiftableClock(TimeProvider.System));
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
    public void Satisfaction_BobMarksItDone_AliceAnswersThumbsUpInHerDirectMessages()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Send("/coord ask @Bob review the rollout plan");
        _browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']")).Any(m => m.Text.Contains("CR-1", StringComparison.Ordinal)));

        Open("/?as=U-BOB&c=%23platform");
        Send("/coord done CR-1");
        _browser.Until(d => d.FindElements(By.CssSelector("#messages .message.ephemeral")).Any(m => m.Text.Contains("CR-1", StringComparison.Ordinal)));

        Open("/?as=U-ALICE");
        _browser.Driver.Navigate().GoToUrl(new Uri(_browser.Find(By.CssSelector("[data-dm='U-COORD']")).GetAttribute("href")!));
        _browser.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-version") is not null);
        _browser.Until(d => d.FindElement(By.Id("messages")).Text.Contains("How did it go?", StringComparison.Ordinal));
        Ready("button[data-action='went-well']").Click();

        _browser.Until(d => d.FindElement(By.Id("messages")).Text.Contains("glad it went well", StringComparison.Ordinal));
        Assert.Contains("CR-1", _browser.Find(By.Id("messages")).Text, StringComparison.Ordinal);
        _browser.Screenshot("local-satisfaction");
    }

    private void Open(string path)
    {
        _browser.Driver.Navigate().GoToUrl(new Uri(_bot.Http.BaseAddress!, path));
        _browser.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-version") is not null);
    }

    private void Send(string text)
    {
        Ready("#composer").SendKeys(text);
        Ready("#send").Click();
    }

    private IWebElement Ready(string selector) =>
        _browser.Until(d => d.FindElements(By.CssSelector(selector)).FirstOrDefault(e => e.Displayed && e.Enabled))!;
}
