using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// The local chat's Home in a real Chromium: Bob opens "Home" in the sidebar and sees what waits on him, what he waits
/// on and the next step he owns; a button there answers a request and a setting switches, each for him alone.
/// </summary>
public sealed class HomeInTheBrowserTests : LocalChatBrowserTests
{
    [Fact]
    public void Home_OpenedFromTheSidebar_ShowsTheViewersSectionsAndItsControlsWork()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Send("/coord ask @Bob review the rollout plan by Friday");
        Send("/coord ask @Bob @Carol pick a date for the migration");
        Send("/coord decide ship on Postgres next: @Bob migrate the schema by Friday");
        Open("/?as=U-BOB&c=%23platform");
        Send("/coord ask @Carol sign off the new on-call rota");

        Browser.Click(By.Id("home-link"));
        Until(d => d.FindElement(By.Id("home-waiting")).Text.Contains("pick a date for the migration", StringComparison.Ordinal));
        Until(d => d.FindElement(By.Id("home-steps")).Text.Contains("migrate the schema", StringComparison.Ordinal));
        Assert.Contains("sign off the new on-call rota", Browser.Find(By.Id("home-asked")).Text, StringComparison.Ordinal);
        Browser.Click(By.CssSelector("#home-waiting button[data-action='ack'][data-value='CR-1']"));
        Until(d => d.FindElement(By.Id("status")).Text.Length > 0);
        Browser.Click(By.CssSelector("#home-settings button[data-action='home-summary']"));
        Until(d => d.FindElement(By.Id("home-settings")).Text.Contains("Morning summary: off", StringComparison.Ordinal));
        Browser.Driver.ExecuteScript("document.getElementById('home-panel').scrollTop = 0;");
        Browser.Screenshot("local-home");

        Assert.True(Browser.Find(By.Id("main")).GetAttribute("hidden") is not null);
        Assert.Equal("page", Browser.Find(By.Id("home-link")).GetAttribute("aria-current"));
    }

    /// <summary>Writes <paramref name="text"/> in the open conversation and waits for the bot's answer to it.</summary>
    private void Send(string text)
    {
        var before = Browser.Driver.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']")).Count;
        Browser.Until(d => d.FindElements(By.Id("composer")).FirstOrDefault(e => e.Displayed))!.SendKeys(text);
        Browser.Find(By.Id("send")).Click();
        Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']")).Count > before);
    }

    private T Until<T>(Func<IWebDriver, T> condition) => Browser.Until(condition);
}
