using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Delivery;
using Coordination.Bot.Web;
using Coordination.Slack;
using Coordination.Teams;
using Coordination.Testing;
using Microsoft.Extensions.Configuration;

namespace Coordination.Bot.Tests;

/// <summary><c>appsettings.sample.json</c>, the file an operator starts from, binds as it reads.</summary>
public sealed class SampleSettingsTests
{
    private static readonly IConfiguration Sample = new ConfigurationBuilder()
        .AddJsonFile(RepositoryFiles.PathOf("appsettings.sample.json"))
        .Build();

    [Fact]
    public void Sample_TeamsSection_BindsWithItsEmptyValuesAsUnset()
    {
        var teams = Sample.GetSection(TeamsOptions.SectionName).Get<TeamsOptions>()!;

        Assert.False(teams.IsEnabled);
        Assert.Null(teams.TokenEndpoint);
        Assert.Equal(TeamsOptions.BotFrameworkOpenIdMetadata, teams.OpenIdMetadataUrl);
        Assert.Empty(teams.Admins);
    }

    [Fact]
    public void Sample_MorningSummarySection_BindsToTheDefaults()
    {
        var summary = Sample.GetSection(MorningSummaryOptions.SectionName).Get<MorningSummaryOptions>()!;
        var defaults = new MorningSummaryOptions();

        Assert.Equal((defaults.Enabled, defaults.Interval), (summary.Enabled, summary.Interval));
    }

    [Fact]
    public void Sample_SlackSection_BindsToTheDefaults()
    {
        var slack = Sample.GetSection(SlackOptions.SectionName).Get<SlackOptions>()!;

        Assert.False(slack.IsEnabled);
        Assert.Equal(new Uri("https://slack.com/api/"), slack.ApiBaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(10), slack.RequestTimeout);
        Assert.Null(slack.RedirectUri);
    }

    [Fact]
    public void Sample_WebSection_BindsToTheDefaults()
    {
        var web = Sample.GetSection(WebOptions.SectionName).Get<WebOptions>()!;

        Assert.Null(web.LocalChat);
        Assert.False(web.TrustsProxies);
        Assert.False(web.KeyProtection.IsConfigured);
        Assert.True(new WebOptionsValidator().Validate(null, web).Succeeded);
    }
}
