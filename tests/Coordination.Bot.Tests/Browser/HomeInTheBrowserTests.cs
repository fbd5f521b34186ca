using Coordination.Bot.LocalChat;
using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// The local chat's Home in a real Chromium: Bob opens "Home" in the sidebar and sees what waits on him, what he waits
/// on and the next step he owns; a button there answers a request and a setting switches, each for him alone.
/// </summary>
public sealed class HomeInTheBrowserTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"coordination-home-{Guid.NewGuid():N}.db");
    private LiveBot _bot = null!;
    private Chromium _browser = null!;

    public Task InitializeAsync()
    {
        var clock = new ShiftableClock(TimeProvider.System);
        _bot = LiveBot.Start("Sqlite", $"Data Source={_database}", new Dictionary<string, string?>(), clock);
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
    public void Home_OpenedFromTheSidebar_ShowsTheViewersSectionsAndItsControlsWork()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Send("/coord ask @Bob review the rollout plan by Friday");
        Send("/coord ask @Bob @Carol pick a date for the migration");
        Send("/coord decide ship on Postgres next: @Bob migrate the schema by Friday");
        Open("/?as=U-BOB&c=%23platform");
        Send("/coord ask @Carol sign off the new on-call rota");

        _browser.Find(By.Id("home-link")).Click();
        Until(d => d.FindElement(By.Id("home-waiting")).Text.Contains("pick a date for the migration", StringComparison.Ordinal));
        Until(d => d.FindElement(By.Id("home-steps")).Text.Contains("migrate the schema", StringComparison.Ordinal));
        Assert.Contains("sign off the new on-call rota", _browser.Find(By.Id("home-asked")).Text, StringComparison.Ordinal);
        _browser.Find(By.CssSelector("#home-waiting button[data-action='ack'][data-value='CR-1']")).Click();
        Until(d => d.FindElement(By.Id("status")).Text.Length > 0);
        _browser.Find(By.CssSelector("#home-settings button[data-action='home-summary']")).Click();
        Until(d => d.FindElement(By.Id("home-settings")).Text.Contains("Morning summary: off", StringComparison.Ordinal));
        _browser.Driver.ExecuteScript("document.getElementById('home-panel').scrollTop = 0;");
        _browser.Screenshot("local-home");

        Assert.True(_browser.Find(By.Id("main")).GetAttribute("hidden") is not null);
        Assert.Equal("page", _browser.Find(By.Id("home-link")).GetAttribute("aria-current"));
    }

    private void Open(string path)
    {
        _browser.Driver.Navigate().GoToUrl(new Uri(_bot.Http.BaseAddress!, path));
        _browser.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-version") is not null);
    }

    /// <summary>Writes <paramref name="text"/> in the open conversation and waits for the bot's answer to it.</summary>
    private void Send(string text)
    {
        var before = _browser.Driver.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']")).Count;
        _browser.Until(d => d.FindElements(By.Id("composer")).FirstOrDefault(e => e.Displayed))!.SendKeys(text);
        _browser.Find(By.Id("send")).Click();
        Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']")).Count > before);
    }

    private T Until<T>(Func<IWebDriver, T> condition) => _browser.Until(condition);
}
