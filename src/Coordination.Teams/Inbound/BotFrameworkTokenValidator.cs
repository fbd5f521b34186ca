using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Coordination.Teams.Inbound;

/// <summary>
/// Validates the Bot Connector's token on an inbound request (<c>POST /api/messages</c>): a <c>Bearer</c> JWT from
/// <see cref="Issuer"/> for our app id, signed (RS256/384/512) by a key from the Bot Framework OpenID metadata and within
/// its lifetime (<see cref="ClockSkew"/> either side). The endorsement and <c>serviceurl</c> checks need the activity:
/// <see cref="BotFrameworkIdentity.Permits"/>. Fails closed: no app id, no keys, or any doubt means no.
/// </summary>
public sealed class BotFrameworkTokenValidator
{
    /// <summary>The only issuer of tokens from the Bot Connector to a bot (public cloud).</summary>
    public const string Issuer = "https://api.botframework.com";

    /// <summary>The claim that names the service URL the token was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const string BearerPrefix = "Bearer ";

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly BotFrameworkKeyCache _keys;
    private readonly string? _appId;
    private readonly TimeProvider _time;
    private readonly ILogger<BotFrameworkTokenValidator> _logger;

    public BotFrameworkTokenValidator(HttpClient http, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotFrameworkTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        var settings = options.Value;
        _appId = string.IsNullOrWhiteSpace(settings.AppId) ? null : settings.AppId;
        _time = time;
        _logger = logger;
        _keys = new BotFrameworkKeyCache(http, settings.OpenIdMetadataUrl, settings.RequestTimeout, time, logger);
    }

    /// <summary>
    /// The identity behind the <c>Authorization</c> header (<c>Bearer &lt;jwt&gt;</c>), or null when the token is missing,
    /// malformed, unsigned, signed by an unknown key, from another issuer, for another audience, or outside its lifetime
    /// (<see cref="ClockSkew"/>). Never throws for anything a client sent (only for <paramref name="cancellationToken"/>);
    /// logs the reason, never the token.
    /// </summary>
    public async Task<BotFrameworkIdentity?> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (_appId is null)
        {
            return Refuse(TokenRefusal.NoAppId);
        }

        if (Read(authorization, out var unreadable) is not { } token)
        {
            return Refuse(unreadable);
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return Refuse(TokenRefusal.NoKeyId);
        }

        var (key, missing) = await FindKeyAsync(token.Kid, cancellationToken);
        if (key is null)
        {
            return Refuse(missing);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(key));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated)
        {
            Log.InboundTokenInvalid(_logger, result.Exception?.GetType().Name ?? "no validated token");
            return null;
        }

        if (!string.Equals(validated.Issuer, Issuer, StringComparison.Ordinal))
        {
            return Refuse(TokenRefusal.WrongIssuer);
        }

        return new BotFrameworkIdentity(ServiceUrl(validated), key.Endorsements);
    }

    /// <summary>The signing key <paramref name="keyId"/> names, the keys fetched again when it is not among them; or why there is none.</summary>
    private async Task<(BotFrameworkSigningKey? Key, TokenRefusal Missing)> FindKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await _keys.GetAsync(cancellationToken);
        if (keys?.Find(keyId) is null)
        {
            keys = await _keys.RefreshAsync(keys, cancellationToken);
        }

        if (keys is null)
        {
            return (null, TokenRefusal.NoSigningKeys);
        }

        return keys.Find(keyId) is { } key ? (key, default) : (null, TokenRefusal.UnknownKey);
    }

    /// <summary>The token of <c>Bearer &lt;jwt&gt;</c> (scheme exactly so, one space, one signed compact JWS); null otherwise.</summary>
    private JsonWebToken? Read(string? authorization, out TokenRefusal unreadable)
    {
        unreadable = string.IsNullOrEmpty(authorization) ? TokenRefusal.NoHeader
            : authorization.StartsWith(BearerPrefix, StringComparison.Ordinal) ? TokenRefusal.Malformed
            : TokenRefusal.NotBearer;
        if (unreadable != TokenRefusal.Malformed)
        {
            return null;
        }

        var raw = authorization![BearerPrefix.Length..];
        if (raw.Length == 0 || raw.Any(char.IsWhiteSpace) || !_handler.CanReadToken(raw))
        {
            return null;
        }

        try
        {
            var token = _handler.ReadJsonWebToken(raw);
            return token.IsEncrypted ? null : token;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException or JsonException or FormatException)
        {
            return null;
        }
    }

    private TokenValidationParameters Parameters(BotFrameworkSigningKey key) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = Issuer,
        ValidateAudience = true,
        ValidAudience = _appId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = WithinLifetime,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = key.Keys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = Algorithms,
        SaveSigninToken = false,
    };

    /// <summary>
    /// The lifetime check against the injected clock (<see cref="TokenValidationParameters"/> has no public clock in 8.x):
    /// an <c>exp</c> is required, and now must lie within [<c>nbf</c> − skew, <c>exp</c> + skew]. Written without adding to
    /// the token's times, so an extreme <c>exp</c> cannot overflow.
    /// </summary>
    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is not { } exp || (notBefore is { } start && start > exp))
        {
            return false;
        }

        var now = _time.GetUtcNow().UtcDateTime;
        return now - ClockSkew <= exp.ToUniversalTime() && (notBefore is not { } nbf || now + ClockSkew >= nbf.ToUniversalTime());
    }

    private static string? ServiceUrl(JsonWebToken token) =>
        token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) && !string.IsNullOrEmpty(serviceUrl) ? serviceUrl : null;

    private BotFrameworkIdentity? Refuse(TokenRefusal reason)
    {
        Log.InboundTokenRefused(_logger, reason);
        return null;
    }
}

/// <summary>Why an inbound token was refused before or besides the token handler's own checks (for the log only).</summary>
internal enum TokenRefusal
{
    NoAppId,
    NoHeader,
    NotBearer,
    Malformed,
    NoKeyId,
    NoSigningKeys,
    UnknownKey,
    WrongIssuer,
}
