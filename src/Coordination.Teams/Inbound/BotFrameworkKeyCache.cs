using Microsoft.Extensions.Logging;

namespace Coordination.Teams.Inbound;

/// <summary>
/// The Bot Framework signing keys, fetched from the OpenID metadata's <c>jwks_uri</c> and cached. They are refetched when
/// older than <see cref="RefreshInterval"/> and, on request, for a token that names an unknown key, but never sooner than
/// <see cref="MinimumRefreshInterval"/> after the last attempt (<see cref="EmptyRetryInterval"/> while there are no keys at
/// all), so a flood of bad tokens cannot hammer the metadata endpoint. Concurrent callers share one fetch; a failed fetch
/// keeps the keys there were. Never throws except for the caller's own cancellation.
/// </summary>
internal sealed class BotFrameworkKeyCache(HttpClient http, Uri metadataUrl, TimeSpan requestTimeout, TimeProvider time, ILogger logger)
{
    /// <summary>How old the keys may get before the next validation refetches them (Bot Framework asks for at least daily).</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(12);

    /// <summary>The least time between two fetches while there are keys.</summary>
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>The least time between two fetches while there are none (every token is refused until one succeeds).</summary>
    public static readonly TimeSpan EmptyRetryInterval = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private BotFrameworkKeySet? _keys;
    private DateTimeOffset? _lastAttempt;
    private Task<BotFrameworkKeySet?>? _fetch;

    /// <summary>The keys, refetched first when they are missing or older than <see cref="RefreshInterval"/>; null when there are none.</summary>
    public Task<BotFrameworkKeySet?> GetAsync(CancellationToken cancellationToken)
    {
        Task<BotFrameworkKeySet?> pending;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_keys is { } keys && now - keys.FetchedAt < RefreshInterval)
            {
                return Task.FromResult<BotFrameworkKeySet?>(keys);
            }

            pending = StartFetch(now) ?? Task.FromResult(_keys);
        }

        return pending.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// The keys after a refetch for a key missing from <paramref name="seen"/>: the current ones at once when they changed
    /// since, or when the last fetch was too recent.
    /// </summary>
    public Task<BotFrameworkKeySet?> RefreshAsync(BotFrameworkKeySet? seen, CancellationToken cancellationToken)
    {
        Task<BotFrameworkKeySet?> pending;
        lock (_gate)
        {
            if (_keys is { } keys && !ReferenceEquals(keys, seen))
            {
                return Task.FromResult<BotFrameworkKeySet?>(keys);
            }

            pending = StartFetch(time.GetUtcNow()) ?? Task.FromResult(_keys);
        }

        return pending.WaitAsync(cancellationToken);
    }

    /// <summary>The fetch in flight, a new one, or null when the last attempt was too recent. Call under <see cref="_gate"/>.</summary>
    private Task<BotFrameworkKeySet?>? StartFetch(DateTimeOffset now)
    {
        if (_fetch is { } running)
        {
            return running;
        }

        var floor = _keys is null ? EmptyRetryInterval : MinimumRefreshInterval;
        if (_lastAttempt is { } last && now - last < floor)
        {
            Log.KeyRefreshThrottled(logger, now - last, floor);
            return null;
        }

        _lastAttempt = now;
        _fetch = Task.Run(FetchAndKeepAsync, CancellationToken.None);
        return _fetch;
    }

    private async Task<BotFrameworkKeySet?> FetchAndKeepAsync()
    {
        var fetched = await FetchAsync();
        lock (_gate)
        {
            if (fetched is not null)
            {
                _keys = fetched;
            }
            else if (_keys is { } kept)
            {
                Log.KeysKept(logger, kept.Count, kept.FetchedAt);
            }

            _fetch = null;
            return _keys;
        }
    }

    /// <summary>Metadata, then its <c>jwks_uri</c>, under one timeout; null (logged) on any failure, never an exception.</summary>
    private async Task<BotFrameworkKeySet?> FetchAsync()
    {
        using var timeout = requestTimeout > TimeSpan.Zero ? new CancellationTokenSource(requestTimeout, time) : new CancellationTokenSource();
        var jwksUri = await GuardedAsync(metadataUrl, () => ReadMetadataAsync(timeout.Token));
        return jwksUri is null ? null : await GuardedAsync(jwksUri, () => ReadKeysAsync(jwksUri, timeout.Token));
    }

    /// <summary>One request to <paramref name="url"/>; null (logged) on any failure, never an exception.</summary>
    private async Task<T?> GuardedAsync<T>(Uri url, Func<Task<T?>> fetch)
        where T : class
    {
        try
        {
            return await fetch();
        }
        catch (OperationCanceledException)
        {
            Log.KeysTimeout(logger, url, requestTimeout);
            return null;
        }
        catch (Exception ex)
        {
            // Whatever the endpoint does (unreachable, reset, odd content), the keys there were stay in use.
            Log.KeysNetworkError(logger, ex, url);
            return null;
        }
    }

    /// <summary>Where the metadata says the signing keys are.</summary>
    private async Task<Uri?> ReadMetadataAsync(CancellationToken cancellationToken)
    {
        if (await GetStringAsync(metadataUrl, cancellationToken) is not { } metadataJson)
        {
            return null;
        }

        if (BotFrameworkOpenIdMetadata.Parse(metadataJson, metadataUrl) is not { } metadata)
        {
            Log.MetadataUnusable(logger, metadataUrl);
            return null;
        }

        return metadata.JwksUri;
    }

    private async Task<BotFrameworkKeySet?> ReadKeysAsync(Uri url, CancellationToken cancellationToken)
    {
        if (await GetStringAsync(url, cancellationToken) is not { } jwksJson)
        {
            return null;
        }

        if (BotFrameworkKeySet.Parse(jwksJson, time.GetUtcNow()) is not { Count: > 0 } keys)
        {
            Log.KeysUnusable(logger, url);
            return null;
        }

        Log.KeysFetched(logger, url, keys.Count);
        return keys;
    }

    private async Task<string?> GetStringAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Log.KeysHttpError(logger, url, (int)response.StatusCode);
            return null;
        }

        return await response.Content.ReadAsStringAsync(cancellationToken);
    }
}
