using System.Net;
using System.Net.Sockets;
using Coordination.Bot.Webhooks;

namespace Coordination.Bot.Calendars;

/// <summary>Why a calendar could not be read, in words for the person who linked it.</summary>
public sealed class CalendarFetchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads an iCalendar feed: https only, 10 seconds, at most 1 MB, redirects only to the same host, and never to a
/// private, loopback or link-local address unless <c>Webhooks:AllowPrivateNetworks</c> is true (then plain http is
/// accepted too, for a feed on the local network). The address checked is the one connected to, by the same rule as
/// outgoing webhooks (<see cref="OutboundUrlGuard.IsPublic"/>).
/// </summary>
public sealed class CalendarFetcher(HttpClient http, IConfiguration configuration)
{
    public const int MaxBytes = 1024 * 1024;

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private const int MaxRedirects = 3;

    private bool AllowPrivate => configuration.GetValue<bool>("Webhooks:AllowPrivateNetworks");

    /// <summary>The problem with <paramref name="url"/> as a feed address, or <c>null</c> when it may be read.</summary>
    public string? Refusal(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri) ? "That is not a web address: give the feed's full https:// address."
        : uri.Scheme != Uri.UriSchemeHttps && !(AllowPrivate && uri.Scheme == Uri.UriSchemeHttp) ? "Only https:// feeds are read."
        : uri.UserInfo.Length > 0 ? "Leave the user name and password out of the address."
        : null;

    public async Task<string> FetchAsync(string url, CancellationToken cancellationToken)
    {
        if (Refusal(url) is { } refusal)
        {
            throw new CalendarFetchException(refusal);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            return await FollowAsync(new Uri(url), timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CalendarFetchException($"The feed did not answer within {Timeout.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException ex)
        {
            throw new CalendarFetchException(ex.InnerException is CalendarFetchException inner ? inner.Message : "The feed could not be reached.", ex);
        }
    }

    /// <summary>Reads <paramref name="uri"/>, following a few redirects on the same host.</summary>
    private async Task<string> FollowAsync(Uri uri, CancellationToken cancellationToken)
    {
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (!string.Equals(next.Host, uri.Host, StringComparison.OrdinalIgnoreCase) || Refusal(next.ToString()) is not null)
                {
                    throw new CalendarFetchException("The feed redirects to another host; give its final address.");
                }

                uri = next;
                continue;
            }

            return response.IsSuccessStatusCode
                ? await ReadCappedAsync(response, cancellationToken)
                : throw new CalendarFetchException($"The feed answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        throw new CalendarFetchException("The feed redirects too many times.");
    }

    private static async Task<string> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > MaxBytes)
        {
            throw new CalendarFetchException("The feed is larger than 1 MB.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new CalendarFetchException("The feed is larger than 1 MB.");
            }

            buffer.Write(chunk, 0, read);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The primary handler: no automatic redirects, and a connection only to an address the rules allow.</summary>
    public static SocketsHttpHandler Handler(IConfiguration configuration) => new()
    {
        AllowAutoRedirect = false,
        ConnectTimeout = Timeout,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var allowPrivate = configuration.GetValue<bool>("Webhooks:AllowPrivateNetworks");
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.FirstOrDefault(a => allowPrivate || OutboundUrlGuard.IsPublic(a))
                ?? throw new CalendarFetchException("The feed's address is on a private network; it is not read.");
            var socket = new Socket(allowed.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(allowed, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
