using Coordination.Bot.Trackers;
using Coordination.Testing;
using Microsoft.Extensions.Configuration;

namespace Coordination.Bot.Tests.Trackers;

public class TrackerOptionsTests
{
    private static readonly IConfiguration Sample = new ConfigurationBuilder().AddJsonFile(RepositoryFiles.PathOf("appsettings.sample.json")).Build();

    [Fact]
    public void Sample_TrackerSections_BindToEndpointsOffAndValidate()
    {
        var github = Sample.GetSection(GitHubOptions.SectionName).Get<GitHubOptions>()!;
        var jira = Sample.GetSection(JiraOptions.SectionName).Get<JiraOptions>()!;
        var linear = Sample.GetSection(LinearOptions.SectionName).Get<LinearOptions>()!;

        Assert.True(string.IsNullOrEmpty(github.WebhookSecret));
        Assert.True(new GitHubOptionsValidator().Validate(null, github).Succeeded);
        Assert.True(new JiraOptionsValidator().Validate(null, jira).Succeeded);
        Assert.True(new LinearOptionsValidator().Validate(null, linear).Succeeded);
        Assert.Equal(TimeSpan.FromSeconds(60), linear.TimestampTolerance);
    }

    [Fact]
    public void Validate_ShortSecretOrRelativeApiUrl_FailsNamingTheKeyNotTheSecret()
    {
        var github = new GitHubOptions { WebhookSecret = "short-secret", ApiUrl = new Uri("/api/v3/", UriKind.Relative) };

        var result = new GitHubOptionsValidator().Validate(null, github);

        Assert.True(result.Failed);
        Assert.Contains("GitHub:WebhookSecret", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("GitHub:ApiUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("short-secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LinearToleranceOutOfRange_Fails() =>
        Assert.True(new LinearOptionsValidator().Validate(null, new LinearOptions { TimestampTolerance = TimeSpan.FromHours(1) }).Failed);
}
