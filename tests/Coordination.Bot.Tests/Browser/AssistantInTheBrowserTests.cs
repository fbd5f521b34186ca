using Coordination.Bot.LocalChat;
using Coordination.Bot.Tests.Assistant;
using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// The assistant in a real Chromium: Alice writes a sentence the parser cannot read, the answer only she sees shows
/// what the assistant (a fake endpoint here) read it as, with Confirm and Edit, and her Confirm records the request.
/// The screenshot of the proposal is kept as an artifact.
/// </summary>
public sealed class AssistantInTheBrowserTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"coordination-browser-{Guid.NewGuid():N}.db");
    private FakeAssistantEndpoint _assistant = null!;
    private LiveBot _bot = null!;
    private Chromium _browser = null!;

    [Fact]
    public void UnreadSentence_AliceSeesTheReadingWithConfirmAndEdit_HerConfirmRecordsTheRequest()
    {
        _assistant.Answer("/coord ask @Bob review the rollout plan by Friday");
        Open("/?as=U-ALICE&c=%23platform");
        Ready("#composer").SendKeys("/coord pester @Bob about the rollout plan, friday latest");
        Ready("#send").Click();

        var reading = _browser.Until(d => d.FindElements(By.CssSelector("#messages .message.ephemeral")).FirstOrDefault(m => m.Text.Contains("I read this as", StringComparison.Ordinal)))!;
        Assert.Contains("/coord ask @Bob review the rollout plan by Friday", reading.Text, StringComparison.Ordinal);
        Assert.NotNull(reading.FindElement(By.CssSelector("button[data-action='assistant-edit']")));
        _browser.Screenshot("local-assistant-reading");
        reading.FindElement(By.CssSelector("button[data-action='assistant-confirm']")).Click();

        _browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']:not(.ephemeral)")).Any(m => m.Text.Contains("CR-1", StringComparison.Ordinal)));
    }

    public async Task InitializeAsync()
    {
        _assistant = await FakeAssistantEndpoint.StartAsync();
        var settings = new Dictionary<string, string?> { ["Assistant:Endpoint"] = _assistant.Endpoint, ["Assistant:Model"] = "fake-model" };
        _bot = LiveBot.Start("Sqlite", $"Data Source={_database}", settings, new ShiftableClock(TimeProvider.System));
        _browser = Chromium.Start();
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _bot.DisposeAsync();
        await _assistant.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    private void Open(string path)
    {
        _browser.Driver.Navigate().GoToUrl(new Uri(_bot.Http.BaseAddress!, path));
        _browser.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-version") is not null);
    }

    private IWebElement Ready(string selector) =>
        _browser.Until(d => d.FindElements(By.CssSelector(selector)).FirstOrDefault(e => e.Displayed && e.Enabled))!;
}
