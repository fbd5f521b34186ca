using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// "How did it go?" in a real Chromium: Alice asks Bob on the local chat page, Bob marks it done, and Alice answers the
/// question in her direct messages with the bot by pressing 👍. The screenshot of that conversation is kept as an artifact.
/// </summary>
public sealed class SatisfactionInTheBrowserTests : LocalChatBrowserTests
{
    [Fact]
    public void Satisfaction_BobMarksItDone_AliceAnswersThumbsUpInHerDirectMessages()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Send("/coord ask @Bob review the rollout plan");
        Browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']")).Any(m => m.Text.Contains("CR-1", StringComparison.Ordinal)));

        Open("/?as=U-BOB&c=%23platform");
        Send("/coord done CR-1");
        Browser.Until(d => d.FindElements(By.CssSelector("#messages .message.ephemeral")).Any(m => m.Text.Contains("CR-1", StringComparison.Ordinal)));

        Open("/?as=U-ALICE");
        Open(new Uri(Browser.Find(By.CssSelector("[data-dm='U-COORD']")).GetAttribute("href")!).PathAndQuery);
        Browser.Until(d => d.FindElement(By.Id("messages")).Text.Contains("How did it go?", StringComparison.Ordinal));
        Ready("button[data-action='went-well']").Click();

        Browser.Until(d => d.FindElement(By.Id("messages")).Text.Contains("glad it went well", StringComparison.Ordinal));
        Assert.Contains("CR-1", Browser.Find(By.Id("messages")).Text, StringComparison.Ordinal);
        Browser.Screenshot("local-satisfaction");
    }

    private void Send(string text)
    {
        Ready("#composer").SendKeys(text);
        Ready("#send").Click();
    }

    private IWebElement Ready(string selector) =>
        Browser.Until(d => d.FindElements(By.CssSelector(selector)).FirstOrDefault(e => e.Displayed && e.Enabled))!;
}
