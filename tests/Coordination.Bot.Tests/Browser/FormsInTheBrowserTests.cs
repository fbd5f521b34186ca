using Coordination.Bot.LocalChat;
using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// The Snooze form in a real Chromium: Bob presses Snooze… under Alice's request, opens the form from the bot's
/// answer as a dialog, picks a date in the past (the problem shows on the date), then 3 days (the dialog closes and
/// the bot confirms). The dialog is kept as a screenshot.
/// </summary>
public sealed class FormsInTheBrowserTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"coordination-forms-{Guid.NewGuid():N}.db");
    private LiveBot _bot = null!;
    private Chromium _browser = null!;

    public Task InitializeAsync()
    {
        var clock = new ShiftableClock(TimeProvider.System);
        _bot = LiveBot.Start("Sqlite", $"Data Source={_database}", new Dictionary<string, string?>(), clock);
        _browser = Chromium.Start(1100, 820);
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
    public void SnoozeForm_OpenedAsADialog_ShowsAProblemOnTheDateAndClosesOnceItCanSnooze()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Ready("#composer").SendKeys("/coord ask @Bob review the rollout plan");
        Ready("#send").Click();
        var request = _browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']:not(.ephemeral)")).FirstOrDefault(m => m.Text.Contains("CR-1", StringComparison.Ordinal)));
        var id = request!.GetAttribute("data-message-id");

        Open("/?as=U-BOB&c=%23platform");
        Press($"button[data-action='snooze'][data-message-id='{id}']");
        Press($"button.open-thread[data-open-thread='{id}']");
        Press("#thread-messages button[data-open-form]");
        Ready("#form-dialog[open]");

        _browser.Find(By.CssSelector("#form-field-for option[value='date']")).Click();
        _browser.Driver.ExecuteScript("arguments[0].value = '2020-01-06';", Ready("#form-field-until"));
        Press("#form-dialog-submit");
        var problem = _browser.Until(d => d.FindElement(By.Id("form-error-until")).Text is { Length: > 0 } text ? text : null);
        Assert.Contains("after today", problem, StringComparison.Ordinal);
        _browser.Screenshot("local-forms");

        _browser.Find(By.CssSelector("#form-field-for option[value='3d']")).Click();
        Press("#form-dialog-submit");
        _browser.Until(d => d.FindElement(By.Id("form-dialog")).GetAttribute("open") is null);
        _browser.Until(d => d.FindElement(By.Id("thread-messages")).Text.Contains("Snoozed Bob on CR-1", StringComparison.Ordinal));
    }

    private void Open(string path)
    {
        _browser.Driver.Navigate().GoToUrl(new Uri(_bot.Http.BaseAddress!, path));
        _browser.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-version") is not null);
    }

    /// <summary>The element, once shown and enabled (the page redraws messages as they change, so a stale one is looked up again).</summary>
    private IWebElement Ready(string selector) =>
        _browser.Until(d =>
        {
            try
            {
                return d.FindElements(By.CssSelector(selector)).FirstOrDefault(e => e.Displayed && e.Enabled);
            }
            catch (StaleElementReferenceException)
            {
                return null;
            }
        })!;

    /// <summary>Clicks the element once it is ready, again if the page redrew it under the click.</summary>
    private void Press(string selector) =>
        _browser.Until(_ =>
        {
            try
            {
                Ready(selector).Click();
                return true;
            }
            catch (StaleElementReferenceException)
            {
                return false;
            }
        });
}
