using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Coordination.Bot.Tests.SignIn;

/// <summary>How the next id_token is spoiled, if at all.</summary>
public enum IdTokenFault
{
    None = 0,

    /// <summary>The payload changed after signing (another team), the signature kept.</summary>
    TamperedPayload = 1,

    /// <summary>A nonce other than the one the authorization request carried.</summary>
    WrongNonce = 2,
}

/// <summary>
/// An OpenID provider on loopback (real Kestrel): discovery, JWKS with an RSA key made here, an authorization endpoint
/// that sends the browser straight back with a one-time code, and a token endpoint that returns an id_token signed
/// with that key, carrying the nonce it was given. Slack's issuer is the root; Entra's is <c>/{tid}/v2.0</c>, its
/// discovery under <c>/organizations/v2.0</c>.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    public const string SlackClient = "slack-client";
    public const string EntraClient = "entra-client";
    public const string Secret = "client-secret-for-tests";

    private static readonly string[] Code = ["code"];
    private static readonly string[] Public = ["public"];
    private static readonly string[] Rs256 = ["RS256"];

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, (string Nonce, string ClientId)> _codes = new();
    private WebApplication? _app;

    public string Root { get; private set; } = "";

    /// <summary>The claims the next id_token carries besides the protocol's own (team and user, or tid and oid).</summary>
    public Dictionary<string, object> Claims { get; } = [];

    public IdTokenFault Fault { get; set; }

    public string EntraAuthority => Root + "/organizations/v2.0";

    public static async Task<OpenIdProvider> StartAsync()
    {
        var provider = new OpenIdProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", () => provider.Discovery(provider.Root));
        app.MapGet("/organizations/v2.0/.well-known/openid-configuration", () => provider.Discovery(provider.Root + "/{tenantid}/v2.0"));
        app.MapGet("/jwks", provider.Keys);
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", provider.TokenAsync);
        await app.StartAsync();
        provider._app = app;
        provider.Root = app.Urls.Single().TrimEnd('/');
        return provider;
    }

    private IResult Discovery(string issuer) => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = Root + "/authorize",
        ["token_endpoint"] = Root + "/token",
        ["jwks_uri"] = Root + "/jwks",
        ["response_types_supported"] = Code,
        ["subject_types_supported"] = Public,
        ["id_token_signing_alg_values_supported"] = Rs256,
    });

    private IResult Keys()
    {
        var key = _rsa.ExportParameters(false);
        return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = "test-key", n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) } } });
    }

    private IResult Authorize(string client_id, string redirect_uri, string state, string nonce)
    {
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = (nonce, client_id);
        return Results.Redirect($"{redirect_uri}?code={code}&state={Uri.EscapeDataString(state)}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (!_codes.TryRemove(form["code"].ToString(), out var issued) || form["client_secret"] != Secret || form["client_id"] != issued.ClientId)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var token = IdToken(issued.ClientId, Fault == IdTokenFault.WrongNonce ? "a-nonce-from-another-sign-in" : issued.Nonce);
        return Results.Json(new { access_token = "unused", token_type = "Bearer", expires_in = 3600, id_token = Fault == IdTokenFault.TamperedPayload ? Tamper(token) : token });
    }

    private string IdToken(string clientId, string nonce)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(Claims) { ["nonce"] = nonce, ["sub"] = "subject-" + Claims.Count };
        var issuer = clientId == EntraClient ? $"{Root}/{Claims["tid"]}/v2.0" : Root;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = clientId,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The same token with another team in its payload and the original signature.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("T-ALPHA", "T-BRAVO", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _rsa.Dispose();
    }
}
