
namespace Coordination.Slack.Tests;

public sealed class SlackOptionsValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("/slack/oauth/callback")]
    [InlineData("http://coordination.example.com/slack/oauth/callback")]
    public void Validate_MultiWorkspaceWithoutAUsableRedirectUri_FailsNamingTheKey(string? redirectUri)
    {
        var options = MultiWorkspace(redirectUri is null ? null : new Uri(redirectUri, UriKind.RelativeOrAbsolute));

        var result = new SlackOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Slack:RedirectUri", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://coordination.example.com/slack/oauth/callback")]
    [InlineData("http://localhost:5000/slack/oauth/callback")]
    public void Validate_MultiWorkspaceWithAnHttpsOrLoopbackRedirectUri_Succeeds(string redirectUri)
    {
        var result = new SlackOptionsValidator().Validate(null, MultiWorkspace(new Uri(redirectUri)));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_SingleWorkspaceWithoutRedirectUri_Succeeds()
    {
        var options = new SlackOptions { SigningSecret = "secret", BotToken = "xoxb-1" };

        Assert.True(new SlackOptionsValidator().Validate(null, options).Succeeded);
    }

    private static SlackOptions MultiWorkspace(Uri? redirectUri) =>
        new() { SigningSecret = "secret", ClientId = "1.2", ClientSecret = "client-secret", RedirectUri = redirectUri };
}
