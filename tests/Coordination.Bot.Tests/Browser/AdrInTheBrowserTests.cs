using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// A decision as a Markdown record in a real Chromium: Alice records a decision on the local chat page, presses
/// "ADR (Markdown)" under it, and the record's file arrives in the channel. The screenshot is kept as an artifact.
/// </summary>
public sealed class AdrInTheBrowserTests : LocalChatBrowserTests
{
    [Fact]
    public void AdrButton_UnderADecision_PostsTheRecordsMarkdownFile()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Ready("#composer").SendKeys("/coord decide Use Postgres for the queue because ops already runs it");
        Ready("#send").Click();

        Ready("button[data-action='adr-file']").Click();

        var file = Browser.Until(d => d.FindElements(By.CssSelector("#messages .message")).FirstOrDefault(m => m.Text.Contains("0001-use-postgres-for-the-queue.md", StringComparison.Ordinal) && m.FindElements(By.CssSelector("a")).Count > 0))!;
        Assert.Contains("D-1", file.Text, StringComparison.Ordinal);
        Browser.Screenshot("local-adr");
    }

    private IWebElement Ready(string selector) =>
        Browser.Until(d => d.FindElements(By.CssSelector(selector)).FirstOrDefault(e => e.Displayed && e.Enabled))!;
}
