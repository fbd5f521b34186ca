using System.Net;
using Coordination.Bot.Webhooks;

namespace Coordination.Bot.Tests.Webhooks;

public sealed class OutboundUrlGuardTests
{
    private static readonly OutboundUrlGuard Production = new(allowPrivateNetworks: false, development: false);

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.10")]
    [InlineData("127.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456:789a::1")]
    [InlineData("fc00::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    public void Problem_NonPublicAddress_IsRefused(string address) =>
        Assert.Contains("non-public", Production.Problem("https", [IPAddress.Parse(address)])!, StringComparison.Ordinal);

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::6810:84e5")]
    [InlineData("::ffff:93.184.215.14")]
    public void Problem_PublicAddressOverHttps_IsAllowed(string address) =>
        Assert.Null(Production.Problem("https", [IPAddress.Parse(address)]));

    [Fact]
    public void Problem_OnePrivateAmongPublicAddresses_IsRefused() =>
        Assert.NotNull(Production.Problem("https", [IPAddress.Parse("93.184.215.14"), IPAddress.Parse("10.0.0.1")]));

    [Fact]
    public void Problem_HttpToAPublicAddress_IsRefusedEvenWithPrivateNetworksAllowed()
    {
        var lenient = new OutboundUrlGuard(allowPrivateNetworks: true, development: true);

        Assert.Contains("https", lenient.Problem("http", [IPAddress.Parse("93.184.215.14")])!, StringComparison.Ordinal);
        Assert.NotNull(Production.Problem("http", [IPAddress.Parse("93.184.215.14")]));
    }

    [Fact]
    public void Problem_HttpToLoopback_IsAllowedOnlyInDevelopmentOrWithPrivateNetworks()
    {
        var loopback = new[] { IPAddress.Loopback };

        Assert.NotNull(Production.Problem("http", loopback));
        Assert.Null(new OutboundUrlGuard(allowPrivateNetworks: false, development: true).Problem("http", loopback));
        Assert.Null(new OutboundUrlGuard(allowPrivateNetworks: true, development: false).Problem("http", loopback));
    }

    [Fact]
    public void Problem_PrivateAddressWithPrivateNetworksAllowed_IsAllowed() =>
        Assert.Null(new OutboundUrlGuard(allowPrivateNetworks: true, development: false).Problem("https", [IPAddress.Parse("10.0.0.1")]));

    [Theory]
    [InlineData("ftp://example.com/hook")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("http://127.0.0.1:8080/hook")]
    public async Task ProblemAsync_UrlThatMayNotBeUsed_SaysWhy(string url) =>
        Assert.NotNull(await Production.ProblemAsync(new Uri(url), CancellationToken.None));

    [Fact]
    public async Task ConnectAsync_ToAPrivateAddress_RefusesAtConnectTime()
    {
        using var handler = new SocketsHttpHandler { ConnectCallback = Production.ConnectAsync, UseProxy = false };
        using var http = new HttpClient(handler);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("https://127.0.0.1:9/hook")));

        Assert.Contains("Refused to connect", refused.Message, StringComparison.Ordinal);
    }
}
