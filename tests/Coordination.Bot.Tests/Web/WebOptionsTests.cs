using Coordination.Bot.Web;

namespace Coordination.Bot.Tests.Web;

public sealed class WebOptionsTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("   ", true)]
    [InlineData("short", false)]
    [InlineData("exactly-16-chars", true)]
    public void Validate_AdminToken_UnsetOrSixteenCharactersOrMore(string? token, bool valid)
    {
        var result = new WebOptionsValidator().Validate(null, new WebOptions { AdminToken = token });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Web:AdminToken", result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
