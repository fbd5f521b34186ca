using Coordination.Bot.LocalChat;
using Coordination.Bot.Web;
using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// The whole rule in a real Chromium: Alice asks Bob and Carol on the local chat page, Carol answers in the thread,
/// fast-forward brings Bob's nudges into the thread and then the escalation to Alice by direct message, and the
/// dashboard shows the request escalated with its paper trail. Screenshots of each page are kept as artifacts.
/// </summary>
public sealed class RuleInTheBrowserTests : IAsyncLifetime
{
    private const int MaxForwards = 12;

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"coordination-browser-{Guid.NewGuid():N}.db");
    private LiveBot _bot = null!;
    private Chromium _browser = null!;

    public Task InitializeAsync()
    {
        _bot = LiveBot.Start("Sqlite", $"Data Source={_database}", new Dictionary<string, string?>(), MondayMorningClock());
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
    public void Rule_AskReplyAndFastForward_NudgeInTheThreadEscalationByDirectMessageAndEscalatedOnTheDashboard()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Send("#composer", "#send", "/coord ask @Bob @Carol review the rollout plan");
        var request = Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']:not(.ephemeral)")).FirstOrDefault(m => m.Text.Contains("CR-1", StringComparison.Ordinal)));
        var id = request!.GetAttribute("data-message-id");

        Open("/?as=U-CAROL&c=%23platform");
        Ready($"button.open-thread[data-open-thread='{id}']").Click();
        Send("#thread-composer", "#thread-send", "Looks good to me, ship it");
        Until(d => d.FindElement(By.Id("thread-messages")).Text.Contains("ship it", StringComparison.Ordinal));

        Open("/?as=U-ALICE&c=%23platform");
        Ready($"button.open-thread[data-open-thread='{id}']").Click();
        ForwardUntil(() => ThreadText().Contains("Attempt 2 of 3", StringComparison.Ordinal));
        _browser.Screenshot("local-chat-nudge");
        Assert.Contains("Bob", ThreadText(), StringComparison.Ordinal);

        ForwardUntil(() => DirectMessageText().Contains("has not answered CR-1", StringComparison.Ordinal));
        Assert.Contains("escalation", DirectMessageText(), StringComparison.OrdinalIgnoreCase);
        _browser.Screenshot("local-chat-escalation");

        _browser.Driver.Navigate().GoToUrl(new Uri(_bot.Http.BaseAddress!, "/dashboard"));
        var row = _browser.Find(By.CssSelector("#open-requests tr[data-request='CR-1']"));
        Assert.Equal("escalated", row.GetAttribute("data-urgency"));
        _browser.Screenshot("dashboard");

        row.FindElement(By.CssSelector("a")).Click();
        var kinds = Until(d => d.FindElements(By.CssSelector("tr.attempt")) is { Count: > 0 } rows ? rows.Select(r => r.GetAttribute("data-kind")).ToList() : null)!;
        Assert.Contains("ask", kinds);
        Assert.Contains("nudge", kinds);
        Assert.Contains("escalation", kinds);
        _browser.Screenshot("dashboard-request");
    }

    /// <summary>The system clock moved ahead to a Monday 09:30 UTC, so the rule's weekdays and mornings fall alike in every run.</summary>
    internal static ShiftableClock MondayMorningClock()
    {
        var clock = new ShiftableClock(TimeProvider.System);
        var now = clock.GetUtcNow();
        var monday = now.UtcDateTime.Date.AddDays(7 + ((8 - (int)now.UtcDateTime.DayOfWeek) % 7)).AddHours(9.5);
        clock.Advance(new DateTimeOffset(monday, TimeSpan.Zero) - now);
        return clock;
    }

    /// <summary>Opens a page of the local chat and waits for its script to catch up with the transcript.</summary>
    private void Open(string path)
    {
        _browser.Driver.Navigate().GoToUrl(new Uri(_bot.Http.BaseAddress!, path));
        _browser.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-version") is not null);
    }

    private void Send(string box, string button, string text)
    {
        Ready(box).SendKeys(text);
        Ready(button).Click();
    }

    /// <summary>The element, once shown and enabled.</summary>
    private IWebElement Ready(string selector) =>
        _browser.Until(d => d.FindElements(By.CssSelector(selector)).FirstOrDefault(e => e.Displayed && e.Enabled))!;

    private T Until<T>(Func<IWebDriver, T> condition) => _browser.Until(condition);

    private string ThreadText() => _browser.Find(By.Id("thread-messages")).Text;

    /// <summary>Alice's direct messages with the bot, opened from the sidebar.</summary>
    private string DirectMessageText()
    {
        Open("/?as=U-ALICE");
        _browser.Driver.Navigate().GoToUrl(new Uri(_browser.Find(By.CssSelector("[data-dm='U-COORD']")).GetAttribute("href")!));
        _browser.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-version") is not null);
        return _browser.Find(By.Id("messages")).Text;
    }

    /// <summary>Presses +48 hours (or next morning, when 48 hours would land outside the window) until <paramref name="done"/>.</summary>
    private void ForwardUntil(Func<bool> done)
    {
        for (var i = 0; i < MaxForwards && !done(); i++)
        {
            var clock = _browser.Find(By.Id("clock")).GetAttribute("datetime");
            _browser.Find(By.Id(i % 2 == 0 ? "ff-48h" : "ff-morning")).Click();
            _browser.Until(d => d.FindElement(By.Id("clock")).GetAttribute("datetime") != clock);
        }

        Assert.True(done(), "The fast-forward never brought what the rule promises.");
    }
}
