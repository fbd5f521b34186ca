namespace Coordination.Teams.Tests;

public sealed class TeamsOptionsTests
{
    [Fact]
    public void EffectiveTokenEndpoint_SingleTenant_TheTenantsIdentityPlatformEndpoint()
    {
        var options = new TeamsOptions { TenantId = "2f3a1b9c-0000-4000-8000-000000000001" };

        Assert.Equal("https://login.microsoftonline.com/2f3a1b9c-0000-4000-8000-000000000001/oauth2/v2.0/token", options.EffectiveTokenEndpoint.ToString());
    }

    [Fact]
    public void EffectiveTokenEndpoint_MultiTenant_BotFrameworksTenant()
    {
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", new TeamsOptions().EffectiveTokenEndpoint.ToString());
    }

    [Fact]
    public void EffectiveTokenEndpoint_Configured_WinsOverTheTenant()
    {
        var options = new TeamsOptions { TenantId = "t", TokenEndpoint = new Uri("http://127.0.0.1:5000/token") };

        Assert.Equal("http://127.0.0.1:5000/token", options.EffectiveTokenEndpoint.ToString());
    }

    [Fact]
    public void IsEnabled_OnlyWithAnAppId()
    {
        Assert.False(new TeamsOptions().IsEnabled);
        Assert.True(new TeamsOptions { AppId = "00000000-0000-0000-0000-000000000001" }.IsEnabled);
    }
}
