using Coordination.Bot.LocalChat;
using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// What the browser tests of the local chat share: a live bot on its own SQLite file, its clock moved to a Monday
/// morning, and a Chromium to drive it; both stopped and the file removed after each test.
/// </summary>
public abstract class LocalChatBrowserTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"coordination-browser-{Guid.NewGuid():N}.db");

    protected LiveBot Bot { get; private set; } = null!;

    protected Chromium Browser { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Bot = LiveBot.Start("Sqlite", $"Data Source={_database}", new Dictionary<string, string?>(), MondayMorningClock());
        Browser = StartBrowser();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Browser.Dispose();
        await Bot.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    /// <summary>The browser the test drives; a test that needs another window size starts it so.</summary>
    protected virtual Chromium StartBrowser() => Chromium.Start();

    /// <summary>Opens a page of the local chat and waits for its script to catch up with the transcript.</summary>
    protected void Open(string path)
    {
        Browser.Driver.Navigate().GoToUrl(new Uri(Bot.Http.BaseAddress!, path));
        Browser.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-version") is not null);
    }

    /// <summary>The system clock moved ahead to a Monday 09:30 UTC, so the rule's weekdays and mornings fall alike in every run.</summary>
    private static ShiftableClock MondayMorningClock()
    {
        var clock = new ShiftableClock(TimeProvider.System);
        var now = clock.GetUtcNow();
        var monday = now.UtcDateTime.Date.AddDays(7 + ((8 - (int)now.UtcDateTime.DayOfWeek) % 7)).AddHours(9.5);
        clock.Advance(new DateTimeOffset(monday, TimeSpan.Zero) - now);
        return clock;
    }
}
