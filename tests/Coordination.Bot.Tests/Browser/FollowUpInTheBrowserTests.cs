using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// "Follow up on this" in a real Chromium: Alice writes a plain message in #platform, presses its "Follow up on this",
/// the form opens as a dialog with her words as the title, she picks Bob, and the request is posted in her message's
/// thread. The dialog's screenshot is kept as an artifact (and shown in the README).
/// </summary>
public sealed class FollowUpInTheBrowserTests : LocalChatBrowserTests
{
    [Fact]
    public void FollowUpOnThis_OnAPlainMessage_FormInADialogThenTheRequestInThatMessagesThread()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Ready("#composer").SendKeys("Can someone check the rollout plan before Friday?");
        Ready("#send").Click();
        var message = Browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-ALICE']")).FirstOrDefault());
        var id = message!.GetAttribute("data-message-id");

        Ready($"button[data-follow-up='{id}']").Click();
        var title = Ready("#form-dialog #form-field-title");
        Assert.Equal("Can someone check the rollout plan before Friday?", title.GetAttribute("value"));
        Ready("#form-field-stakeholders option[value='U-BOB']").Click();
        Browser.Screenshot("local-follow-up");
        Ready("#form-dialog-submit").Click();

        Browser.Until(d => d.FindElement(By.Id("thread-messages")).Text.Contains("CR-1", StringComparison.Ordinal));
        var post = Browser.Until(d => d.FindElements(By.CssSelector("#thread-messages .message[data-author='U-COORD']:not(.ephemeral)")).FirstOrDefault());
        Assert.Equal(id, post!.GetAttribute("data-thread"));
        Assert.Contains("Bob", post.Text, StringComparison.Ordinal);
    }

    /// <summary>The element, once shown and enabled.</summary>
    private IWebElement Ready(string selector) =>
        Browser.Until(d => d.FindElements(By.CssSelector(selector)).FirstOrDefault(e => e.Displayed && e.Enabled))!;
}
