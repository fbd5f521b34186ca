using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// Two quieter surfaces in a real Chromium: Carol names CR-1 in the channel and sees, alone, one line on where it
/// stands; Alice asks the bot in its direct message who is blocking CR-1 and is answered there. Both pages are kept as
/// screenshots.
/// </summary>
public sealed class MentionsAndDirectMessagesInTheBrowserTests : LocalChatBrowserTests
{
    [Fact]
    public void MentionAndDirectMessage_TheWriterSeesWhereTheRequestStandsAndTheBotAnswersInTheDirectMessage()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Send("/coord ask @Bob review the rollout plan");
        Browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']:not(.ephemeral)")).FirstOrDefault(m => m.Text.Contains("CR-1", StringComparison.Ordinal)));

        Open("/?as=U-CAROL&c=%23platform");
        Send("Is CR-1 holding up the release?");
        var line = Browser.Until(d => d.FindElements(By.CssSelector("#messages .message.ephemeral")).FirstOrDefault(m => m.Text.Contains("CR-1 ·", StringComparison.Ordinal)));
        Browser.Screenshot("local-mention");
        Assert.Contains("waiting on @Bob", line!.Text, StringComparison.Ordinal);

        Open("/?as=U-ALICE&c=dm%3AU-ALICE");
        Send("who is blocking CR-1?");
        var answer = Browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']")).FirstOrDefault(m => m.Text.Contains("CR-1 waits on @Bob", StringComparison.Ordinal)));
        Browser.Screenshot("local-direct-message");
        Assert.NotNull(answer);
    }

    private void Send(string text)
    {
        Browser.Find(By.Id("composer")).SendKeys(text);
        Browser.Find(By.Id("send")).Click();
    }
}
