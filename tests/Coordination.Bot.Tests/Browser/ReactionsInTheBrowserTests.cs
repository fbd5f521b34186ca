using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// Reactions in a real Chromium: Alice asks Bob on the local chat page, Bob hovers the request and reacts ✅, and the
/// request is done: the reaction shows on the post and the bot says so in its thread. The page is kept as a screenshot.
/// </summary>
public sealed class ReactionsInTheBrowserTests : LocalChatBrowserTests
{
    [Fact]
    public void React_StakeholderHoversTheRequestAndPicksTheCheckMark_ShownOnThePostAndDoneInTheThread()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Browser.Find(By.Id("composer")).SendKeys("/coord ask @Bob review the rollout plan");
        Browser.Find(By.Id("send")).Click();
        var id = RequestPost().GetAttribute("data-message-id");

        Open("/?as=U-BOB&c=%23platform");
        new Actions(Browser.Driver).MoveToElement(RequestPost()).Perform();
        Browser.Until(d => d.FindElements(By.CssSelector($"button[data-react='✅'][data-message-id='{id}']")).FirstOrDefault(b => b.Displayed))!.Click();
        var chip = Browser.Until(d => d.FindElements(By.CssSelector($".message[data-message-id='{id}'] .reaction[data-reaction='✅']")).FirstOrDefault());
        Browser.Find(By.CssSelector($"button.open-thread[data-open-thread='{id}']")).Click();
        Browser.Until(d => d.FindElement(By.Id("thread-messages")).Text.Contains("@Bob marked this done.", StringComparison.Ordinal));
        new Actions(Browser.Driver).MoveToElement(RequestPost()).Perform();
        Browser.Screenshot("local-reactions");

        Assert.Equal("✅ 1", chip!.Text);
        Assert.Equal("Bob", chip.GetAttribute("title"));
    }

    private IWebElement RequestPost() =>
        Browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']:not(.ephemeral)")).FirstOrDefault(m => m.Text.Contains("CR-1", StringComparison.Ordinal)))!;
}
