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

    [Theory]
    [InlineData("Web:KnownProxies", "10.0.0.2", null, true)]
    [InlineData("Web:KnownProxies", "proxy.internal", null, false)]
    [InlineData("Web:KnownNetworks", null, "10.0.0.0/8", true)]
    [InlineData("Web:KnownNetworks", null, "10.0.0.0/33", false)]
    public void Validate_ProxiesAndNetworks_AddressesAndCidrOnly(string key, string? proxy, string? network, bool valid)
    {
        var options = new WebOptions();
        if (proxy is not null)
        {
            options.KnownProxies.Add(proxy);
        }

        if (network is not null)
        {
            options.KnownNetworks.Add(network);
        }

        var result = new WebOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_KeyProtectionCertificateMissing_NamesTheKey()
    {
        var options = new WebOptions { KeyProtection = { Certificate = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "missing.pfx") } };

        var result = new WebOptionsValidator().Validate(null, options);

        Assert.False(result.Succeeded);
        Assert.Contains("Web:KeyProtection:Certificate", result.FailureMessage, StringComparison.Ordinal);
    }
}
