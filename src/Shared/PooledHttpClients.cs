using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Http;

/// <summary>
/// The HTTP handler both chat adapters give their long-lived clients: one pool per client that recycles its
/// connections every few minutes, so DNS changes are picked up, and is itself never recycled by the factory.
/// Compiled into each adapter (it is too small to be a project of its own).
/// </summary>
internal static class PooledHttpClients
{
    /// <summary>How long a pooled connection lives before a new one is opened (and the name looked up again).</summary>
    public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(5);

    public static IHttpClientBuilder WithPooledConnections(this IHttpClientBuilder builder) =>
        builder
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = ConnectionLifetime })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
}
