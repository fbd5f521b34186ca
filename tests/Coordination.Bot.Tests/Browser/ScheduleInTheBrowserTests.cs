using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// <c>schedule</c> on the local chat page: Alice asks Bob and Carol for 30 minutes and the post offers three times
/// and "None of these work…" as buttons; a screenshot is kept for the README.
/// </summary>
public sealed class ScheduleInTheBrowserTests : LocalChatBrowserTests
{
    [Fact]
    public void Schedule_OnThePage_PostsThreeTimesAndNoneOfTheseAsButtons()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Browser.Until(d => d.FindElements(By.CssSelector("#composer")).FirstOrDefault(e => e.Displayed && e.Enabled))!
            .SendKeys("/coord schedule 30m with @Bob @Carol next week \"Design review\"");
        Browser.Find(By.CssSelector("#send")).Click();
        var post = Browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']:not(.ephemeral)")).FirstOrDefault(m => m.Text.Contains("CR-1", StringComparison.Ordinal)))!;
        Assert.Equal(4, post.FindElements(By.CssSelector("button[data-action]")).Count(b => b.GetAttribute("data-action")!.StartsWith("slot-", StringComparison.Ordinal) || b.GetAttribute("data-action") == "decline"));
        Browser.Screenshot("local-schedule");
    }
}
