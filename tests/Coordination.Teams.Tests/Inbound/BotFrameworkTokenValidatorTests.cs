using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Coordination.Teams.Inbound;
using Coordination.Testing.Teams;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Coordination.Teams.Tests.Inbound;

public sealed class BotFrameworkTokenValidatorTests : IAsyncLifetime
{
    private const string AppId = "5f0c3b1e-7a2d-4c9e-8b1f-3d6a2e9c4b70";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    /// <summary>Far from the real clock, so a lifetime check that read the system clock would fail every test.</summary>
    private static readonly DateTimeOffset Start = new(2031, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly RecordingLogger<BotFrameworkTokenValidator> _log = new();
    private FakeBotFrameworkKeys _keys = null!;

    private HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        _keys = await FakeBotFrameworkKeys.StartAsync();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _keys.DisposeAsync();
    }

    [Fact]
    public async Task ValidateAsync_GoodToken_IdentityWithServiceUrlAndEndorsements()
    {
        var identity = await Validator().ValidateAsync(Bearer(Token()), CancellationToken.None);

        Assert.NotNull(identity);
        Assert.Equal(ServiceUrl, identity.ServiceUrl);
        Assert.Equal(["msteams"], identity.Endorsements);
        Assert.True(identity.Permits("msteams", ServiceUrl));
    }

    [Fact]
    public async Task ValidateAsync_GoodToken_NothingOfTheTokenLogged()
    {
        var token = Token();
        var validator = Validator();

        Assert.NotNull(await validator.ValidateAsync(Bearer(token), CancellationToken.None));
        Assert.Null(await validator.ValidateAsync(Bearer(Token(audience: "someone-else")), CancellationToken.None));

        Assert.NotEmpty(_log.Entries);
        Assert.All(_log.Entries, e => Assert.DoesNotContain(token.Split('.')[1], e.Message, StringComparison.Ordinal));
        Assert.All(_log.Entries, e => Assert.DoesNotContain(token.Split('.')[2], e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_UnknownKey_Null()
    {
        var token = Token(keyId: FakeBotFrameworkKeys.UnservedKeyId);

        Assert.Null(await Validator().ValidateAsync(Bearer(token), CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_WrongAudience_Null()
    {
        Assert.Null(await Validator().ValidateAsync(Bearer(Token(audience: "0b7e3a52-0000-4000-8000-000000000002")), CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task ValidateAsync_NoAppIdConfigured_NullWithoutFetchingKeys(string? appId)
    {
        var token = _keys.IssueToken(appId ?? string.Empty, ServiceUrl, _time.GetUtcNow());

        Assert.Null(await Validator(appId).ValidateAsync(Bearer(token), CancellationToken.None));
        Assert.Equal(0, _keys.MetadataFetches);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredBeyondSkew_Null()
    {
        var token = Token(issuedAgo: TimeSpan.FromHours(1) + BotFrameworkTokenValidator.ClockSkew + TimeSpan.FromSeconds(1), lifetime: TimeSpan.FromHours(1));

        Assert.Null(await Validator().ValidateAsync(Bearer(token), CancellationToken.None));
        Assert.Contains(_log.Entries, e => e.Message.Contains("Lifetime", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinSkew_Valid()
    {
        var token = Token(issuedAgo: TimeSpan.FromHours(1) + BotFrameworkTokenValidator.ClockSkew - TimeSpan.FromSeconds(1), lifetime: TimeSpan.FromHours(1));

        Assert.NotNull(await Validator().ValidateAsync(Bearer(token), CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidBeyondSkew_Null()
    {
        var token = Token(issuedAgo: -(BotFrameworkTokenValidator.ClockSkew + TimeSpan.FromSeconds(1)));

        Assert.Null(await Validator().ValidateAsync(Bearer(token), CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidWithinSkew_Valid()
    {
        var token = Token(issuedAgo: -(BotFrameworkTokenValidator.ClockSkew - TimeSpan.FromSeconds(1)));

        Assert.NotNull(await Validator().ValidateAsync(Bearer(token), CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_ClockMovesPastExpiry_NullAfterwards()
    {
        var token = Token(lifetime: TimeSpan.FromMinutes(10));
        var validator = Validator();
        Assert.NotNull(await validator.ValidateAsync(Bearer(token), CancellationToken.None));

        _time.Advance(TimeSpan.FromMinutes(10) + BotFrameworkTokenValidator.ClockSkew + TimeSpan.FromSeconds(1));

        Assert.Null(await validator.ValidateAsync(Bearer(token), CancellationToken.None));
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://api.botframework.us")]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    public async Task ValidateAsync_WrongIssuer_Null(string issuer)
    {
        var token = _keys.IssueToken(AppId, ServiceUrl, _time.GetUtcNow(), issuer: issuer);

        Assert.Null(await Validator().ValidateAsync(Bearer(token), CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_UnsignedAlgNone_Null()
    {
        var token = _keys.IssueUnsignedToken(AppId, ServiceUrl, _time.GetUtcNow());
        Assert.EndsWith(".", token, StringComparison.Ordinal);

        Assert.Null(await Validator().ValidateAsync(Bearer(token), CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_HmacSignedUnderAServedKid_Null()
    {
        var payload = Token().Split('.')[1];
        var header = Base64Url.EncodeToString("{\"alg\":\"HS256\",\"kid\":\"fake-msteams-key\",\"typ\":\"JWT\"}"u8);
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData("a secret the attacker chose"u8, Encoding.ASCII.GetBytes($"{header}.{payload}")));

        Assert.Null(await Validator().ValidateAsync(Bearer($"{header}.{payload}.{signature}"), CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_SignatureStripped_Null()
    {
        var token = Token();

        Assert.Null(await Validator().ValidateAsync(Bearer(token[..(token.LastIndexOf('.') + 1)]), CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_PayloadSwappedUnderAnotherSignature_Null()
    {
        var parts = Token().Split('.');
        var forged = Token(audience: "someone-else").Split('.');

        var token = string.Join('.', parts[0], forged[1], parts[2]);

        Assert.Null(await Validator().ValidateAsync(Bearer(token), CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("{token}")]
    [InlineData("bearer {token}")]
    [InlineData("BEARER {token}")]
    [InlineData("Basic {token}")]
    [InlineData(" Bearer {token}")]
    [InlineData("Bearer  {token}")]
    [InlineData("Bearer {token} ")]
    [InlineData("Bearer {token} extra")]
    [InlineData("Bearer\t{token}")]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer ...")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30.e30.e30.e30")]
    public async Task ValidateAsync_MalformedHeader_Null(string? header)
    {
        var authorization = header?.Replace("{token}", Token(), StringComparison.Ordinal);

        Assert.Null(await Validator().ValidateAsync(authorization, CancellationToken.None));
    }

    [Fact]
    public async Task Permits_KeyNotEndorsedForMsteams_False()
    {
        var identity = await Validator().ValidateAsync(Bearer(Token(keyId: FakeBotFrameworkKeys.OtherChannelKeyId)), CancellationToken.None);

        Assert.NotNull(identity);
        Assert.False(identity.Permits("msteams", ServiceUrl));
        Assert.True(identity.Permits("webchat", ServiceUrl));
    }

    [Fact]
    public async Task Permits_KeyWithoutEndorsements_False()
    {
        var identity = await Validator().ValidateAsync(Bearer(Token(keyId: FakeBotFrameworkKeys.UnendorsedKeyId)), CancellationToken.None);

        Assert.NotNull(identity);
        Assert.Empty(identity.Endorsements);
        Assert.False(identity.Permits("msteams", ServiceUrl));
    }

    [Theory]
    [InlineData("https://attacker.example/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData("https://smba.trafficmanager.net/amer/x")]
    [InlineData(" https://smba.trafficmanager.net/amer/")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Permits_ServiceUrlMismatch_False(string? activityServiceUrl)
    {
        var identity = await Validator().ValidateAsync(Bearer(Token()), CancellationToken.None);

        Assert.NotNull(identity);
        Assert.False(identity.Permits("msteams", activityServiceUrl));
    }

    [Fact]
    public async Task Permits_ServiceUrlDiffersOnlyInCase_True()
    {
        var identity = await Validator().ValidateAsync(Bearer(Token()), CancellationToken.None);

        Assert.NotNull(identity);
        Assert.True(identity.Permits("msteams", "HTTPS://SMBA.trafficmanager.net/AMER/"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MsTeams")]
    [InlineData("msteams ")]
    public async Task Permits_EmptyOrDifferentlyCasedChannelId_False(string? channelId)
    {
        var identity = await Validator().ValidateAsync(Bearer(Token()), CancellationToken.None);

        Assert.NotNull(identity);
        Assert.False(identity.Permits(channelId, ServiceUrl));
    }

    [Fact]
    public void Permits_TokenWithoutServiceUrl_False()
    {
        var identity = new BotFrameworkIdentity(null, new HashSet<string>(StringComparer.Ordinal) { "msteams" });

        Assert.False(identity.Permits("msteams", null));
        Assert.False(identity.Permits("msteams", string.Empty));
    }

    [Fact]
    public async Task ValidateAsync_TwoValidations_KeysFetchedOnce()
    {
        var validator = Validator();

        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));

        Assert.Equal(1, _keys.MetadataFetches);
        Assert.Equal(1, _keys.KeysFetches);
    }

    [Fact]
    public async Task ValidateAsync_ConcurrentCallersBeforeAnyKeys_ShareOneFetch()
    {
        var hold = _keys.Hold();
        var validator = Validator();
        var token = Bearer(Token());

        var callers = Enumerable.Range(0, 8).Select(_ => validator.ValidateAsync(token, CancellationToken.None)).ToList();
        await hold.Arrived;
        hold.Release();
        var identities = await Task.WhenAll(callers);

        Assert.All(identities, Assert.NotNull);
        Assert.Equal(1, _keys.MetadataFetches);
        Assert.Equal(1, _keys.KeysFetches);
    }

    [Fact]
    public async Task ValidateAsync_CallerCancelsDuringTheFetch_ThrowsForItAloneAndTheFetchCompletes()
    {
        var hold = _keys.Hold();
        var validator = Validator();
        var token = Bearer(Token());
        using var cancel = new CancellationTokenSource();

        var cancelled = validator.ValidateAsync(token, cancel.Token);
        var patient = validator.ValidateAsync(token, CancellationToken.None);
        await hold.Arrived;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        hold.Release();
        Assert.NotNull(await patient);
        Assert.Equal(1, _keys.MetadataFetches);
    }

    [Fact]
    public async Task ValidateAsync_KeysOlderThanTheRefreshInterval_Refetched()
    {
        var validator = Validator();
        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));

        _time.Advance(BotFrameworkKeyCache.RefreshInterval - TimeSpan.FromSeconds(1));
        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        Assert.Equal(1, _keys.MetadataFetches);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        Assert.Equal(2, _keys.MetadataFetches);
        Assert.True(BotFrameworkKeyCache.RefreshInterval <= TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task ValidateAsync_UnknownKid_RefreshesOnceAndAcceptsTheNewKey()
    {
        var validator = Validator();
        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        _time.Advance(BotFrameworkKeyCache.MinimumRefreshInterval);

        _keys.AddKey("rotated-key", "msteams");
        var identity = await validator.ValidateAsync(Bearer(Token(keyId: "rotated-key")), CancellationToken.None);

        Assert.NotNull(identity);
        Assert.True(identity.Permits("msteams", ServiceUrl));
        Assert.Equal(2, _keys.MetadataFetches);
        Assert.Equal(2, _keys.KeysFetches);
    }

    [Fact]
    public async Task ValidateAsync_FloodOfUnknownKids_NoRefetchWithinFiveMinutes()
    {
        var validator = Validator();
        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));

        await FloodAsync(validator, 10, "soon");
        Assert.Equal(1, _keys.MetadataFetches);

        _time.Advance(BotFrameworkKeyCache.MinimumRefreshInterval);
        await FloodAsync(validator, 20, "later");
        Assert.Equal(2, _keys.MetadataFetches);

        _time.Advance(BotFrameworkKeyCache.MinimumRefreshInterval - TimeSpan.FromSeconds(1));
        await FloodAsync(validator, 20, "still");
        Assert.Equal(2, _keys.MetadataFetches);

        _time.Advance(TimeSpan.FromSeconds(1));
        await FloodAsync(validator, 20, "after");
        Assert.Equal(3, _keys.MetadataFetches);
        Assert.Equal(TimeSpan.FromMinutes(5), BotFrameworkKeyCache.MinimumRefreshInterval);
        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_MetadataDownAtStart_RefusedUntilAFetchSucceeds()
    {
        _keys.Available = false;
        var validator = Validator();

        Assert.Null(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        Assert.Null(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        Assert.Equal(1, _keys.MetadataFetches);

        _keys.Available = true;
        Assert.Null(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        _time.Advance(BotFrameworkKeyCache.EmptyRetryInterval);

        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        Assert.Equal(2, _keys.MetadataFetches);
    }

    [Fact]
    public async Task ValidateAsync_MetadataUnreachable_Refused()
    {
        var metadataUrl = _keys.MetadataUrl;
        await _keys.DisposeAsync();
        _keys = await FakeBotFrameworkKeys.StartAsync();
        var validator = new BotFrameworkTokenValidator(Http, Options.Create(new TeamsOptions { AppId = AppId, OpenIdMetadataUrl = metadataUrl }), _time, _log);

        Assert.Null(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        Assert.Contains(_log.Entries, e => e.Id.Id == 113);
    }

    [Fact]
    public async Task ValidateAsync_MetadataDownLater_CachedKeysStillWork()
    {
        var validator = Validator();
        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));

        _keys.Available = false;
        _time.Advance(BotFrameworkKeyCache.RefreshInterval + TimeSpan.FromHours(1));

        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        Assert.Equal(2, _keys.MetadataFetches);

        _keys.Available = true;
        _time.Advance(BotFrameworkKeyCache.MinimumRefreshInterval);
        Assert.NotNull(await validator.ValidateAsync(Bearer(Token()), CancellationToken.None));
        Assert.Equal(3, _keys.MetadataFetches);
        Assert.Equal(2, _keys.KeysFetches);
    }

    private BotFrameworkTokenValidator Validator(string? appId = AppId) =>
        new(Http, Options.Create(new TeamsOptions { AppId = appId, OpenIdMetadataUrl = _keys.MetadataUrl }), _time, _log);

    private string Token(string audience = AppId, TimeSpan? issuedAgo = null, TimeSpan? lifetime = null, string? keyId = null) =>
        _keys.IssueToken(audience, ServiceUrl, _time.GetUtcNow() - (issuedAgo ?? TimeSpan.Zero), lifetime, keyId: keyId);

    private static string Bearer(string token) => "Bearer " + token;

    private async Task FloodAsync(BotFrameworkTokenValidator validator, int count, string prefix)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.Null(await validator.ValidateAsync(Bearer(Token(keyId: $"{prefix}-unknown-{i}")), CancellationToken.None));
        }
    }
}
