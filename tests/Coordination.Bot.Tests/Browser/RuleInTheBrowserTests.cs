using Coordination.Bot.LocalChat;
using Coordination.Bot.Web;
using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// The whole rule in a real Chromium: Alice asks Bob and Carol on the local chat page, Carol answers in the thread,
/// fast-forward brings Bob's nudges into the thread and then the escalation to Alice by direct message, and the
/// dashboard shows the request escalated with its paper trail. Screenshots of each page are kept as artifacts.
/// </summary>
public sealed class RuleInTheBrowserTests : LocalChatBrowserTests
{
    private const int MaxForwards = 12;

    [Fact]
    public void Rule_AskReplyAndFastForward_NudgeInTheThreadEscalationByDirectMessageAndEscalatedOnTheDashboard()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Send("#composer", "#send", "/coord ask @Bob @Carol review the rollout plan");
        var request = Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']:not(.ephemeral)")).FirstOrDefault(m => m.Text.Contains("CR-1", StringComparison.Ordinal)));
        var id = request!.GetAttribute("data-message-id");

        Open("/?as=U-CAROL&c=%23platform");
        Ready($"button.open-thread[data-open-thread='{id}']").Click();
        Send("#thread-composer", "#thread-send", "Looks good to me, ship it");
        Until(d => d.FindElement(By.Id("thread-messages")).Text.Contains("ship it", StringComparison.Ordinal));

        Open("/?as=U-ALICE&c=%23platform");
        Ready($"button.open-thread[data-open-thread='{id}']").Click();
        ForwardUntil(() => ThreadText().Contains("Attempt 2 of 3", StringComparison.Ordinal));
        Browser.Screenshot("local-chat-nudge");
        Assert.Contains("Bob", ThreadText(), StringComparison.Ordinal);

        ForwardUntil(() => DirectMessageText().Contains("has not answered CR-1", StringComparison.Ordinal));
        Assert.Contains("escalation", DirectMessageText(), StringComparison.OrdinalIgnoreCase);
        Browser.Screenshot("local-chat-escalation");

        Browser.Driver.Navigate().GoToUrl(new Uri(Bot.Http.BaseAddress!, "/dashboard"));
        var row = Browser.Find(By.CssSelector("#open-requests tr[data-request='CR-1']"));
        Assert.Equal("escalated", row.GetAttribute("data-urgency"));
        Browser.Screenshot("dashboard");

        row.FindElement(By.CssSelector("a")).Click();
        var kinds = Until(d => d.FindElements(By.CssSelector("tr.attempt")) is { Count: > 0 } rows ? rows.Select(r => r.GetAttribute("data-kind")).ToList() : null)!;
        Assert.Contains("ask", kinds);
        Assert.Contains("nudge", kinds);
        Assert.Contains("escalation", kinds);
        Browser.Screenshot("dashboard-request");
    }

    private void Send(string box, string button, string text)
    {
        Ready(box).SendKeys(text);
        Ready(button).Click();
    }

    /// <summary>The element, once shown and enabled.</summary>
    private IWebElement Ready(string selector) =>
        Browser.Until(d => d.FindElements(By.CssSelector(selector)).FirstOrDefault(e => e.Displayed && e.Enabled))!;

    private T Until<T>(Func<IWebDriver, T> condition) => Browser.Until(condition);

    private string ThreadText() => Browser.Find(By.Id("thread-messages")).Text;

    /// <summary>Alice's direct messages with the bot, opened from the sidebar.</summary>
    private string DirectMessageText()
    {
        Open("/?as=U-ALICE");
        Browser.Driver.Navigate().GoToUrl(new Uri(Browser.Find(By.CssSelector("[data-dm='U-COORD']")).GetAttribute("href")!));
        Browser.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-version") is not null);
        return Browser.Find(By.Id("messages")).Text;
    }

    /// <summary>Presses +48 hours (or next morning, when 48 hours would land outside the window) until <paramref name="done"/>.</summary>
    private void ForwardUntil(Func<bool> done)
    {
        for (var i = 0; i < MaxForwards && !done(); i++)
        {
            var clock = Browser.Find(By.Id("clock")).GetAttribute("datetime");
            Browser.Find(By.Id(i % 2 == 0 ? "ff-48h" : "ff-morning")).Click();
            Browser.Until(d => d.FindElement(By.Id("clock")).GetAttribute("datetime") != clock);
        }

        Assert.True(done(), "The fast-forward never brought what the rule promises.");
    }
}
