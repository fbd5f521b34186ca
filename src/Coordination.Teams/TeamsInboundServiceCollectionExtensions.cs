using Coordination.Http;
using Coordination.Teams.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coordination.Teams;

public static class TeamsInboundServiceCollectionExtensions
{
    /// <summary>The name of the HTTP client that fetches the Bot Framework OpenID metadata and signing keys.</summary>
    public const string KeysHttpClientName = nameof(BotFrameworkTokenValidator);

    /// <summary>Keeps the metadata and key documents small; the real ones are a few kilobytes.</summary>
    private const long MaxResponseBytes = 1024 * 1024;

    /// <summary>
    /// Inbound Teams authentication: <see cref="BotFrameworkTokenValidator"/> as a singleton (it caches the signing keys)
    /// with its own HTTP client. The host binds <see cref="TeamsOptions"/>.
    /// </summary>
    public static IServiceCollection AddTeamsInbound(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(KeysHttpClientName, http => http.MaxResponseContentBufferSize = MaxResponseBytes)
            .WithPooledConnections();
        services.TryAddSingleton(sp => new BotFrameworkTokenValidator(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(KeysHttpClientName),
            sp.GetRequiredService<IOptions<TeamsOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BotFrameworkTokenValidator>>()));
        return services;
    }
}
