using Coordination.Bot.Web.SignIn;
using Coordination.Testing;
using Microsoft.Extensions.Configuration;

namespace Coordination.Bot.Tests.SignIn;

public sealed class SignInOptionsTests
{
    [Fact]
    public void SignInOptions_Sample_BindsWithNoProviderOnAndTheDefaultAuthorities()
    {
        var sample = new ConfigurationBuilder().AddJsonFile(RepositoryFiles.PathOf("appsettings.sample.json")).Build();

        var options = sample.GetSection(SignInOptions.SectionName).Get<SignInOptions>()!;

        Assert.False(options.Enabled);
        Assert.Equal((SignInProviders.SlackAuthority, SignInProviders.EntraAuthority), (options.Slack.Authority, options.Entra.Authority));
        Assert.True(new SignInOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("secret", "https://slack.com", true)]
    [InlineData("", "https://slack.com", false)]
    [InlineData("secret", "http://idp.example.com", false)]
    [InlineData("secret", "http://127.0.0.1:5000", true)]
    [InlineData("secret", "", false)]
    public void SignInOptions_SlackProvider_NeedsASecretAndAnHttpsAuthority(string secret, string authority, bool valid)
    {
        var options = new SignInOptions { Slack = new SignInProviderOptions { ClientId = "client", ClientSecret = secret, Authority = authority } };

        var result = new SignInOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Web:SignIn:Slack:", result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
