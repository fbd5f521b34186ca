using Coordination.Bot.LocalChat;
using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// "Follow up on this" in a real Chromium: Alice writes a plain message in #platform, presses its "Follow up on this",
/// the form opens as a dialog with her words as the title, she picks Bob, and the request is posted in her message's
/// thread. The dialog's screenshot is kept as an artifact (and shown in the README).
/// </summary>
public sealed class FollowUpInTheBrowserTests : IAsyncLifetime
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
    public void FollowUpOnThis_OnAPlainMessage_FormInADialogThenTheRequestInThatMessagesThread()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Ready("#composer").SendKeys("Can someone check the rollout plan before Friday?");
        Ready("#send").Click();
        var message = _browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-ALICE']")).FirstOrDefault());
        var id = message!.GetAttribute("data-message-id");

        Ready($"button[data-follow-up='{id}']").Click();
        var title = Ready("#form-dialog #form-field-title");
        Assert.Equal("Can someone check the rollout plan before Friday?", title.GetAttribute("value"));
        Ready("#form-field-stakeholders option[value='U-BOB']").Click();
        _browser.Screenshot("local-follow-up");
        Ready("#form-dialog-submit").Click();

        _browser.Until(d => d.FindElement(By.Id("thread-messages")).Text.Contains("CR-1", StringComparison.Ordinal));
        var post = _browser.Until(d => d.FindElements(By.CssSelector("#thread-messages .message[data-author='U-COORD']:not(.ephemeral)")).FirstOrDefault());
        Assert.Equal(id, post!.GetAttribute("data-thread"));
        Assert.Contains("Bob", post.Text, StringComparison.Ordinal);
    }

    private void Open(string path)
    {
        _browser.Driver.Navigate().GoToUrl(new Uri(_bot.Http.BaseAddress!, path));
        _browser.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-version") is not null);
    }

    /// <summary>The element, once shown and enabled.</summary>
    private IWebElement Ready(string selector) =>
        _browser.Until(d => d.FindElements(By.CssSelector(selector)).FirstOrDefault(e => e.Displayed && e.Enabled))!;
}
