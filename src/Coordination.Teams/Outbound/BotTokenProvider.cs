using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coordination.Teams.Outbound;

/// <summary>
/// The bot's outbound token: OAuth 2.0 client credentials (<see cref="TeamsOptions.AppId"/>,
/// <see cref="TeamsOptions.AppPassword"/>, scope <see cref="Scope"/>) posted to <see cref="TeamsOptions.EffectiveTokenEndpoint"/>.
/// One token is cached and reused until <see cref="RefreshBefore"/> its expiry; concurrent callers share one request;
/// <see cref="Invalidate(string)"/> drops it after the connector refused it. Failures come back as results, never thrown;
/// only the caller's cancellation propagates. The token is a secret: it is never logged.
/// </summary>
public sealed class BotTokenProvider(HttpClient http, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotTokenProvider> logger)
{
    /// <summary>The name of the <see cref="HttpClient"/> the host's container builds this provider with.</summary>
    public const string HttpClientName = "Coordination.Teams.BotToken";

    /// <summary>The Bot Framework's app-only scope.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>How long before its expiry a cached token is replaced.</summary>
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    private readonly TeamsOptions _options = options.Value;
    private readonly Lock _lock = new();
    private CachedToken? _cached;
    private Task<ConnectorResult<CachedToken>>? _pending;

    /// <summary>A token for the connector's <c>Authorization: Bearer</c> header: the cached one, or a fresh one.</summary>
    public async Task<ConnectorResult<string>> GetTokenAsync(CancellationToken cancellationToken)
    {
        Task<ConnectorResult<CachedToken>> pending;
        lock (_lock)
        {
            if (_cached is { } cached && time.GetUtcNow() < cached.RefreshAt)
            {
                return ConnectorResult.Success(cached.AccessToken);
            }

            // One request for everyone who asks meanwhile; it is not tied to the first caller's cancellation.
            pending = _pending ??= FetchAndCacheAsync();
        }

        var result = await pending.WaitAsync(cancellationToken);
        return result.Ok ? ConnectorResult.Success(result.Value!.AccessToken) : ConnectorResult.Cast<string, CachedToken>(result);
    }

    /// <summary>Drops the cached token, whichever it is; the next call fetches a new one.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _cached = null;
        }

        Log.TokenInvalidated(logger);
    }

    /// <summary>
    /// Drops the cached token if it is still <paramref name="rejectedAccessToken"/> (so a late 401 for an old token does
    /// not throw away the fresh one another caller just fetched).
    /// </summary>
    public void Invalidate(string rejectedAccessToken)
    {
        lock (_lock)
        {
            if (_cached is null || !string.Equals(_cached.AccessToken, rejectedAccessToken, StringComparison.Ordinal))
            {
                return;
            }

            _cached = null;
        }

        Log.TokenInvalidated(logger);
    }

    private async Task<ConnectorResult<CachedToken>> FetchAndCacheAsync()
    {
        await Task.Yield();
        ConnectorResult<CachedToken> result;
        try
        {
            result = await FetchAsync();
        }
#pragma warning disable CA1031 // whatever went wrong, the waiting callers get a result and the next one tries again
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.TokenNetworkError(logger, ex);
            result = ConnectorResult.Failure<CachedToken>(ConnectorErrors.NetworkError, transient: true);
        }

        lock (_lock)
        {
            if (result.Ok)
            {
                _cached = result.Value;
            }

            _pending = null;
        }

        return result;
    }

    private async Task<ConnectorResult<CachedToken>> FetchAsync()
    {
        if (string.IsNullOrWhiteSpace(_options.AppId) || string.IsNullOrWhiteSpace(_options.AppPassword))
        {
            Log.TokenNotConfigured(logger);
            return ConnectorResult.Failure<CachedToken>(ConnectorErrors.NotConfigured, transient: false);
        }

        using var request = TokenRequest(_options.AppId, _options.AppPassword);
        var timeoutAfter = _options.RequestTimeout;
        using var timeout = new CancellationTokenSource();
        if (timeoutAfter > TimeSpan.Zero)
        {
            timeout.CancelAfter(timeoutAfter);
        }

        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return Interpret(response, body);
        }
        catch (OperationCanceledException)
        {
            Log.TokenTimeout(logger, timeoutAfter);
            return ConnectorResult.Failure<CachedToken>(ConnectorErrors.Timeout, transient: true);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            Log.TokenNetworkError(logger, ex);
            return ConnectorResult.Failure<CachedToken>(ConnectorErrors.NetworkError, transient: true);
        }
    }

    /// <summary>The client-credentials grant for the bot's own token.</summary>
    private HttpRequestMessage TokenRequest(string appId, string appPassword) =>
        new(HttpMethod.Post, _options.EffectiveTokenEndpoint)
        {
            Content = new FormUrlEncodedContent(
            [
                KeyValuePair.Create("grant_type", "client_credentials"),
                KeyValuePair.Create("client_id", appId),
                KeyValuePair.Create("client_secret", appPassword),
                KeyValuePair.Create("scope", Scope),
            ]),
        };

    private ConnectorResult<CachedToken> Interpret(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        var (token, expiresIn, error, errorCodes) = Read(body);
        if (!response.IsSuccessStatusCode)
        {
            var code = error ?? ConnectorErrors.StatusCode(status);
            Log.TokenRefused(logger, status, code, errorCodes);
            var transient = ConnectorErrors.IsTransientStatus(status) || code is "temporarily_unavailable";
            return ConnectorResult.Failure<CachedToken>(code, transient, errorCodes.Length > 0 ? errorCodes : null, response.Headers.RetryAfter?.Delta, status);
        }

        if (string.IsNullOrEmpty(token) || expiresIn is not { } seconds)
        {
            Log.TokenInvalidBody(logger, status, response.Content.Headers.ContentType?.MediaType, body.Length);
            return ConnectorResult.Failure<CachedToken>(ConnectorErrors.InvalidResponse, transient: true, status: status);
        }

        var expiresAt = time.GetUtcNow() + TimeSpan.FromSeconds(seconds);
        Log.TokenAcquired(logger, expiresAt);
        return ConnectorResult.Success(new CachedToken(token, expiresAt - RefreshBefore), status);
    }

    /// <summary>
    /// The token and its lifetime from a success, or the identity platform's <c>error</c> and <c>error_codes</c> (the
    /// AADSTS numbers, safe to log) from a refusal. <c>expires_in</c> may be a number or a string.
    /// </summary>
    private static (string? Token, double? ExpiresIn, string? Error, string ErrorCodes) Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null, string.Empty);
            }

            string? token = root.TryGetProperty("access_token", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            double? expiresIn = root.TryGetProperty("expires_in", out var e) ? e.ValueKind switch
            {
                JsonValueKind.Number => e.GetDouble(),
                JsonValueKind.String when double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) => s,
                _ => null,
            } : null;
            string? error = root.TryGetProperty("error", out var err) && err.ValueKind == JsonValueKind.String ? err.GetString() : null;
            var codes = root.TryGetProperty("error_codes", out var c) && c.ValueKind == JsonValueKind.Array
                ? string.Join(",", c.EnumerateArray().Select(v => "AADSTS" + v.ToString()))
                : string.Empty;
            return (token, expiresIn, error, codes);
        }
        catch (JsonException)
        {
            return (null, null, null, string.Empty);
        }
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset RefreshAt)
    {
        public override string ToString() => $"CachedToken {{ RefreshAt = {RefreshAt:O} }}";
    }
}
