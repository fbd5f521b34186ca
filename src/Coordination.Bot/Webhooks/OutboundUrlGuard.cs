using System.Net;
using System.Net.Sockets;

namespace Coordination.Bot.Webhooks;

/// <summary>
/// Keeps requests the bot makes to URLs someone gave it (webhooks, fetched links) off private networks: only
/// <c>https</c>, plain <c>http</c> only to loopback and only in Development or with private networks allowed, and no
/// loopback, private, link-local, unique-local, multicast or unspecified address (IPv4, IPv6, IPv4-mapped) unless
/// private networks are allowed. <see cref="ConnectAsync"/> checks again at connect time, against the addresses it
/// actually connects to, so a name that resolves differently later (DNS rebinding) gets no further.
/// </summary>
public sealed class OutboundUrlGuard(bool allowPrivateNetworks, bool development)
{
    /// <summary>Why <paramref name="url"/> may not be used, or <c>null</c> when it may; resolves its host.</summary>
    public async Task<string?> ProblemAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return "Only https URLs can be used.";
        }

        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(url.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"The host {url.IdnHost} could not be resolved.";
        }

        return addresses.Length == 0 ? $"The host {url.IdnHost} could not be resolved." : Problem(url.Scheme, addresses);
    }

    /// <summary>Why a request with <paramref name="scheme"/> may not go to <paramref name="addresses"/> (all of them must be allowed), or <c>null</c>.</summary>
    public string? Problem(string scheme, IReadOnlyList<IPAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (scheme == Uri.UriSchemeHttp && !(addresses.All(IsLoopback) && (development || allowPrivateNetworks)))
        {
            return "Only https URLs can be used (plain http only to this machine, in development).";
        }

        return addresses.FirstOrDefault(a => !IsAllowed(a)) is { } refused
            ? $"{refused} is a private, loopback, link-local or otherwise non-public address."
            : null;
    }

    /// <summary>Whether the guard lets a connection go to <paramref name="address"/>.</summary>
    public bool IsAllowed(IPAddress address) =>
        allowPrivateNetworks || IsPublic(address) || (development && IsLoopback(address));

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/>: connects only to allowed addresses of the request's host.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scheme = context.InitialRequestMessage.RequestUri?.Scheme ?? Uri.UriSchemeHttps;
        var addresses = await ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
        var problem = addresses.Length == 0 ? "it has no address." : Problem(scheme, addresses);
        if (problem is not null)
        {
            throw new HttpRequestException($"Refused to connect to {context.DnsEndPoint.Host}: {problem}");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Whether <paramref name="address"/> is on the public internet: none of the reserved ranges, embedded IPv4 checked too.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (Embedded(address) is { } v4)
        {
            return IsPublicV4(v4.GetAddressBytes());
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return IsPublicV4(address.GetAddressBytes());
        }

        var b = address.GetAddressBytes();
        return !(address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || (b[0] & 0xFE) == 0xFC // fc00::/7 unique local
            || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) // 2001:db8::/32 documentation
            || b.Take(12).All(x => x == 0)); // ::/96 (IPv4-compatible, unspecified)
    }

    private static bool IsLoopback(IPAddress address) => IPAddress.IsLoopback(Embedded(address) ?? address);

    /// <summary>The IPv4 address inside an IPv4-mapped (<c>::ffff:a.b.c.d</c>) or NAT64 (<c>64:ff9b::a.b.c.d</c>) IPv6 address.</summary>
    private static IPAddress? Embedded(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var b = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetworkV6 && b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.Skip(4).Take(8).All(x => x == 0)
            ? new IPAddress(b[12..])
            : null;
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224 // this network, private, loopback, multicast and reserved
        || (b[0] == 100 && (b[1] & 0xC0) == 64) // 100.64.0.0/10 carrier-grade NAT
        || (b[0] == 169 && b[1] == 254) // link-local (cloud metadata)
        || (b[0] == 172 && (b[1] & 0xF0) == 16)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2) // IETF protocol assignments, documentation
        || (b[0] == 198 && (b[1] & 0xFE) == 18) // benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100) || (b[0] == 203 && b[1] == 0 && b[2] == 113));

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
}
