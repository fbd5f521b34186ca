using OpenQA.Selenium;

namespace Coordination.Bot.Tests.Browser;

/// <summary>
/// An API token made on the local chat page, shown once in the bot's reply, and the API's reference page rendered by
/// its own script (served by the bot, no CDN). Screenshots of both are kept as artifacts.
/// </summary>
public sealed class ApiInTheBrowserTests : LocalChatBrowserTests
{
    [Fact]
    public void Api_TokenCreatedOnTheLocalChatAndTheReferencePageRendered()
    {
        Open("/?as=U-ALICE&c=%23platform");
        Browser.Until(d => d.FindElements(By.CssSelector("#composer")).FirstOrDefault(e => e.Displayed && e.Enabled))!.SendKeys("/coord token create ci-reports");
        Browser.Click(By.CssSelector("#send"));
        var reply = Browser.Until(d => d.FindElements(By.CssSelector("#messages .message")).FirstOrDefault(m => m.Text.Contains("coord_", StringComparison.Ordinal)));
        Assert.Contains("shown this once", reply!.Text, StringComparison.Ordinal);
        Browser.Screenshot("local-api-token");

        Browser.Driver.Navigate().GoToUrl(new Uri(Bot.Http.BaseAddress!, "/api/reference"));
        Browser.Until(d => d.FindElement(By.TagName("body")).Text.Contains("/api/v1/requests", StringComparison.Ordinal));
        Assert.Contains("Coordination API", Browser.Find(By.TagName("body")).Text, StringComparison.Ordinal);
        Browser.Screenshot("api-reference");
    }
}
