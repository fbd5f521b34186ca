using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// The Snooze form in a real Chromium: Bob presses Snooze… under Alice's request, opens the form from the bot's
/// answer as a dialog, picks a date in the past (the problem shows on the date), then 3 days (the dialog closes and
/// the bot confirms). The dialog is kept as a screenshot.
/// </summary>
public sealed class FormsInTheBrowserTests : LocalChatBrowserTests
{
    protected override Chromium StartBrowser() => Chromium.Start(1100, 820);

    [Fact]
    public void SnoozeForm_OpenedAsADialog_ShowsAProblemOnTheDateAndClosesOnceItCanSnooze()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Ready("#composer").SendKeys("/coord ask @Bob review the rollout plan");
        Ready("#send").Click();
        var request = Browser.Until(d => d.FindElements(By.CssSelector("#messages .message[data-author='U-COORD']:not(.ephemeral)")).FirstOrDefault(m => m.Text.Contains("CR-1", StringComparison.Ordinal)));
        var id = request!.GetAttribute("data-message-id");

        Open("/?as=U-BOB&c=%23platform");
        Press($"button[data-action='snooze'][data-message-id='{id}']");
        Press($"button.open-thread[data-open-thread='{id}']");
        Press("#thread-messages button[data-open-form]");
        Ready("#form-dialog[open]");

        Browser.Find(By.CssSelector("#form-field-for option[value='date']")).Click();
        Browser.Driver.ExecuteScript("arguments[0].value = '2020-01-06';", Ready("#form-field-until"));
        Press("#form-dialog-submit");
        var problem = Browser.Until(d => d.FindElement(By.Id("form-error-until")).Text is { Length: > 0 } text ? text : null);
        Assert.Contains("after today", problem, StringComparison.Ordinal);
        Browser.Screenshot("local-forms");

        Browser.Find(By.CssSelector("#form-field-for option[value='3d']")).Click();
        Press("#form-dialog-submit");
        Browser.Until(d => d.FindElement(By.Id("form-dialog")).GetAttribute("open") is null);
        Browser.Until(d => d.FindElement(By.Id("thread-messages")).Text.Contains("Snoozed Bob on CR-1", StringComparison.Ordinal));
    }

    /// <summary>The element, once shown and enabled (the page redraws messages as they change, so a stale one is looked up again).</summary>
    private IWebElement Ready(string selector) =>
        Browser.Until(d =>
        {
            try
            {
                return d.FindElements(By.CssSelector(selector)).FirstOrDefault(e => e.Displayed && e.Enabled);
            }
            catch (StaleElementReferenceException)
            {
                return null;
            }
        })!;

    /// <summary>Clicks the element once it is ready, again if the page redrew it under the click.</summary>
    private void Press(string selector) =>
        Browser.Until(_ =>
        {
            try
            {
                Ready(selector).Click();
                return true;
            }
            catch (StaleElementReferenceException)
            {
                return false;
            }
        });
}
