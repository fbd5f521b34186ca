using Coordination.Teams.Outbound;
using Coordination.Testing.Teams;

namespace Coordination.Teams.Tests.Outbound;

public sealed class BotTokenProviderTests : FakeConnectorTestBase
{
    [Fact]
    public async Task GetToken_FirstCall_PostsClientCredentialsToTheTokenEndpoint()
    {
        var result = await CreateTokens().GetTokenAsync(CancellationToken.None);

        Assert.True(result.Ok, result.Error);
        Assert.Equal(Fake.IssuedTokens.Single(), result.Value);
        var call = Assert.Single(Fake.CallsOf(FakeConnectorCallKind.Token));
        Assert.Equal(("POST", "/token"), (call.Method, call.Path));
        Assert.Equal(("client_credentials", AppId, AppPassword), (call["grant_type"], call["client_id"], call["client_secret"]));
        Assert.Equal("https://api.botframework.com/.default", call["scope"]);
        Assert.Null(call.Authorization);
    }

    [Fact]
    public async Task GetToken_WithinLifetime_ReusesTheCachedToken()
    {
        var tokens = CreateTokens();

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(54));
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first.Value, second.Value);
        Assert.Equal(1, Fake.TokenRequests);
    }

    [Fact]
    public async Task GetToken_FiveMinutesBeforeExpiry_FetchesANewToken()
    {
        var tokens = CreateTokens();
        var first = await tokens.GetTokenAsync(CancellationToken.None);

        Time.Advance(TimeSpan.FromMinutes(55) - TimeSpan.FromSeconds(1));
        Assert.Equal(first.Value, (await tokens.GetTokenAsync(CancellationToken.None)).Value);
        Time.Advance(TimeSpan.FromSeconds(1));
        var refreshed = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.NotEqual(first.Value, refreshed.Value);
        Assert.Equal(2, Fake.TokenRequests);
    }

    [Fact]
    public async Task GetToken_ShortLivedToken_RefreshedAtTheNextCall()
    {
        Fake.TokenExpiresInSeconds = 240;
        var tokens = CreateTokens();

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.True(first.Ok && second.Ok);
        Assert.Equal(2, Fake.TokenRequests);
    }

    [Fact]
    public async Task GetToken_ConcurrentCallers_ShareOneRequest()
    {
        var hold = Fake.HoldNext(FakeConnectorCallKind.Token);
        var tokens = CreateTokens();

        var callers = Enumerable.Range(0, 8).Select(_ => tokens.GetTokenAsync(CancellationToken.None)).ToList();
        await hold.Arrived;
        hold.Release();
        var results = await Task.WhenAll(callers);

        Assert.Equal(1, Fake.TokenRequests);
        Assert.All(results, r => Assert.Equal(Fake.IssuedTokens.Single(), r.Value));
    }

    [Fact]
    public async Task GetToken_OneCallerCancels_TheOthersStillGetTheToken()
    {
        var hold = Fake.HoldNext(FakeConnectorCallKind.Token);
        var tokens = CreateTokens();
        using var cancel = new CancellationTokenSource();

        var cancelled = tokens.GetTokenAsync(cancel.Token);
        var patient = tokens.GetTokenAsync(CancellationToken.None);
        await hold.Arrived;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        hold.Release();
        Assert.True((await patient).Ok);
        Assert.Equal(1, Fake.TokenRequests);
    }

    [Fact]
    public async Task Invalidate_CachedToken_NextCallFetchesANewOne()
    {
        var tokens = CreateTokens();
        var first = await tokens.GetTokenAsync(CancellationToken.None);

        tokens.Invalidate(first.Value!);
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.NotEqual(first.Value, second.Value);
        Assert.Equal(2, Fake.TokenRequests);
    }

    [Fact]
    public async Task Invalidate_AnOlderToken_KeepsTheCurrentOne()
    {
        var tokens = CreateTokens();
        var first = await tokens.GetTokenAsync(CancellationToken.None);
        tokens.Invalidate();
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        tokens.Invalidate(first.Value!);
        var third = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal(second.Value, third.Value);
        Assert.Equal(2, Fake.TokenRequests);
    }

    [Fact]
    public async Task GetToken_CredentialsRefused_PermanentWithTheIdentityPlatformsCodeAndNoSecretLogged()
    {
        Fake.FailNext(FakeConnectorCallKind.Token, 401,
            """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}""");

        var result = await CreateTokens().GetTokenAsync(CancellationToken.None);

        Assert.Equal((false, "invalid_client", false, "AADSTS7000215"), (result.Ok, result.Error, result.IsTransient, result.Detail));
        Assert.Contains(TokenLog.Entries, e => e.Message.Contains("invalid_client", StringComparison.Ordinal));
        Assert.DoesNotContain(AllLogs(), m => m.Contains(AppPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetToken_EndpointUnavailable_TransientAndTheNextCallTriesAgain()
    {
        Fake.FailNext(FakeConnectorCallKind.Token, 503, "<html>down</html>");
        var tokens = CreateTokens();

        var failed = await tokens.GetTokenAsync(CancellationToken.None);
        var retried = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal((false, "ServiceUnavailable", true), (failed.Ok, failed.Error, failed.IsTransient));
        Assert.True(retried.Ok);
        Assert.Equal(2, Fake.TokenRequests);
    }

    [Fact]
    public async Task GetToken_SlowerThanTheTimeout_TransientTimeout()
    {
        Fake.DelayNext(FakeConnectorCallKind.Token, TimeSpan.FromSeconds(30));

        var result = await CreateTokens(Options(timeout: TimeSpan.FromMilliseconds(200))).GetTokenAsync(CancellationToken.None);

        Assert.Equal((ConnectorErrors.Timeout, true), (result.Error, result.IsTransient));
    }

    [Fact]
    public async Task GetToken_NoPassword_NotConfiguredWithoutARequest()
    {
        var options = Options();
        options.Value.AppPassword = null;

        var result = await CreateTokens(options).GetTokenAsync(CancellationToken.None);

        Assert.Equal((ConnectorErrors.NotConfigured, false), (result.Error, result.IsTransient));
        Assert.Equal(0, Fake.TokenRequests);
    }

    [Fact]
    public async Task GetToken_Success_LogsNeitherTokenNorSecret()
    {
        var result = await CreateTokens().GetTokenAsync(CancellationToken.None);

        Assert.DoesNotContain(AllLogs(), m => m.Contains(result.Value!, StringComparison.Ordinal) || m.Contains(AppPassword, StringComparison.Ordinal));
    }
}
