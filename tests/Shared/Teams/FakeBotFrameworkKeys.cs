using System.Buffers.Text;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Coordination.Testing.Teams;

/// <summary>
/// A fake Bot Framework token service on loopback (a real Kestrel server on a free port): it serves the OpenID metadata at
/// <see cref="MetadataUrl"/> and the JWKS it points to, with RSA keys generated for the test: <see cref="TeamsKeyId"/>
/// (endorsed for <c>msteams</c>), <see cref="OtherChannelKeyId"/> (endorsed for other channels only) and
/// <see cref="UnendorsedKeyId"/> (no <c>endorsements</c> at all). <see cref="UnservedKeyId"/>, or any other key id, signs
/// with a key pair the JWKS does not list. It counts the fetches, can be taken down (<see cref="Available"/>) or held
/// (<see cref="Hold"/>), can start serving a new key (<see cref="AddKey"/>), and issues tokens as the Bot
/// Connector does.
/// </summary>
public sealed class FakeBotFrameworkKeys : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string TeamsKeyId = "fake-msteams-key";
    public const string OtherChannelKeyId = "fake-webchat-key";
    public const string UnendorsedKeyId = "fake-unendorsed-key";
    public const string UnservedKeyId = "fake-unserved-key";

    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";

    /// <summary>Key pairs generated once per test run and imported into each fake: RSA generation is slow, import is not.</summary>
    private static readonly Lazy<RSAParameters[]> Pool = new(() => [.. Enumerable.Range(0, 5).Select(_ => Generate())]);

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<ServedKey> _served = [];
    private readonly RSA _unserved;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private int _nextPooled;
    private int _metadataFetches;
    private int _keysFetches;

    private FakeBotFrameworkKeys(WebApplication app)
    {
        _app = app;
        _unserved = NextKey();
        AddKey(TeamsKeyId, "msteams");
        AddKey(OtherChannelKeyId, "webchat", "directline");
        AddKey(UnendorsedKeyId, endorsements: null);
        _app.MapGet(MetadataPath, ServeMetadataAsync);
        _app.MapGet(KeysPath, ServeKeysAsync);
    }

    /// <summary>The OpenID metadata URL, e.g. <c>http://127.0.0.1:5123/v1/.well-known/openidconfiguration</c>.</summary>
    public Uri MetadataUrl { get; private set; } = new("http://127.0.0.1" + MetadataPath);

    /// <summary>Where the metadata's <c>jwks_uri</c> points.</summary>
    public Uri KeysUrl { get; private set; } = new("http://127.0.0.1" + KeysPath);

    /// <summary>How many times the metadata was requested (answered or not).</summary>
    public int MetadataFetches => Volatile.Read(ref _metadataFetches);

    /// <summary>How many times the JWKS was requested (answered or not).</summary>
    public int KeysFetches => Volatile.Read(ref _keysFetches);

    /// <summary>When false, both documents answer HTTP 503.</summary>
    public bool Available { get; set; } = true;

    private ResponseHold? _hold;

    /// <summary>Holds every answer from now until the test releases the hold (for overlapping callers).</summary>
    public ResponseHold Hold() => _hold = new ResponseHold();

    public static async Task<FakeBotFrameworkKeys> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var fake = new FakeBotFrameworkKeys(builder.Build());
        await fake._app.StartAsync();
        var root = fake._app.Urls.First().TrimEnd('/');
        fake.MetadataUrl = new Uri(root + MetadataPath);
        fake.KeysUrl = new Uri(root + KeysPath);
        return fake;
    }

    /// <summary>Serves one more key pair of its own from now on (<paramref name="endorsements"/> null: the JWK has no such array).</summary>
    public void AddKey(string keyId, params string[]? endorsements)
    {
        lock (_gate)
        {
            if (_served.Any(k => k.KeyId == keyId))
            {
                throw new ArgumentException($"Key {keyId} is served already.", nameof(keyId));
            }

            _served.Add(new ServedKey(keyId, NextKey(), endorsements));
        }
    }

    /// <summary>
    /// A token as the Bot Connector issues it: RS256, <c>kid</c> = <paramref name="keyId"/> (default
    /// <see cref="TeamsKeyId"/>; a key id that is not served signs with a key of its own that the JWKS does not list),
    /// <c>iat</c> = <c>nbf</c> = <paramref name="now"/>, <c>exp</c> = now + <paramref name="lifetime"/> (default one hour).
    /// </summary>
    public string IssueToken(
        string audience, string serviceUrl, DateTimeOffset now, TimeSpan? lifetime = null, string issuer = Issuer, string? keyId = null)
    {
        var kid = keyId ?? TeamsKeyId;
        // Uncached: the library caches signers by key material, which the pool shares across fakes that dispose their RSA objects.
        var key = new RsaSecurityKey(SigningKey(kid)) { KeyId = kid, CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false } };
        return _handler.CreateToken(Descriptor(audience, serviceUrl, now, lifetime, issuer, new SigningCredentials(key, SecurityAlgorithms.RsaSha256)));
    }

    /// <summary>The claims of <see cref="IssueToken"/> under <c>{"alg":"none","kid":<see cref="TeamsKeyId"/>}</c> and no signature.</summary>
    public string IssueUnsignedToken(string audience, string serviceUrl, DateTimeOffset now)
    {
        var payload = IssueToken(audience, serviceUrl, now).Split('.')[1];
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"alg":"none","kid":"{{TeamsKeyId}}","typ":"JWT"}"""));
        return $"{header}.{payload}.";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        lock (_gate)
        {
            foreach (var key in _served)
            {
                key.Rsa.Dispose();
            }

            _unserved.Dispose();
        }
    }

    private static SecurityTokenDescriptor Descriptor(
        string audience, string serviceUrl, DateTimeOffset now, TimeSpan? lifetime, string issuer, SigningCredentials? credentials) => new()
    {
        Issuer = issuer,
        Audience = audience,
        IssuedAt = now.UtcDateTime,
        NotBefore = now.UtcDateTime,
        Expires = (now + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime,
        Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
        SigningCredentials = credentials,
    };

    /// <summary>The served key of that id, else the one key pair the JWKS never lists.</summary>
    private RSA SigningKey(string keyId)
    {
        lock (_gate)
        {
            return _served.FirstOrDefault(k => k.KeyId == keyId)?.Rsa ?? _unserved;
        }
    }

    /// <summary>A key pair no other key of this fake uses: the next of the pool, or a fresh one.</summary>
    private RSA NextKey()
    {
        var pool = Pool.Value;
        var index = Interlocked.Increment(ref _nextPooled) - 1;
        var rsa = RSA.Create();
        rsa.ImportParameters(index < pool.Length ? pool[index] : Generate());
        return rsa;
    }

    private static RSAParameters Generate()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportParameters(includePrivateParameters: true);
    }

    private async Task ServeMetadataAsync(HttpContext context)
    {
        Interlocked.Increment(ref _metadataFetches);
        var metadata = new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = KeysUrl.ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        };
        await AnswerAsync(context, metadata);
    }

    private async Task ServeKeysAsync(HttpContext context)
    {
        Interlocked.Increment(ref _keysFetches);
        JsonArray keys;
        lock (_gate)
        {
            keys = [.. _served.Select(k => k.ToJwk())];
        }

        await AnswerAsync(context, new JsonObject { ["keys"] = keys });
    }

    private async Task AnswerAsync(HttpContext context, JsonObject body)
    {
        if (_hold is { } hold && !await hold.WaitAsync(context.RequestAborted))
        {
            return;
        }

        if (!Available)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private sealed record ServedKey(string KeyId, RSA Rsa, string[]? Endorsements)
    {
        public JsonObject ToJwk()
        {
            var parameters = Rsa.ExportParameters(includePrivateParameters: false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64Url.EncodeToString(parameters.Modulus),
                ["e"] = Base64Url.EncodeToString(parameters.Exponent),
            };
            if (Endorsements is not null)
            {
                jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode?)e)]);
            }

            return jwk;
        }
    }
}
