using Coordination.Core.Chat;
using Coordination.Http;
using Coordination.Teams.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coordination.Teams;

public static class TeamsOutboundServiceCollectionExtensions
{
    /// <summary>
    /// The outbound Teams channel: the token provider (one cached token for the process), the Bot Connector client and
    /// <see cref="TeamsChannel"/> as a singleton and as an <see cref="IChatChannel"/>. The host binds
    /// <see cref="TeamsOptions"/> and registers an <see cref="ITeamsConversations"/>.
    /// </summary>
    public static IServiceCollection AddTeamsOutbound(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotTokenProvider.HttpClientName, (sp, http) => http.Timeout = Timeout(sp))
            .WithPooledConnections();
        services.AddSingleton(sp => new BotTokenProvider(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(BotTokenProvider.HttpClientName),
            sp.GetRequiredService<IOptions<TeamsOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BotTokenProvider>>()));
        services.AddHttpClient<ConnectorClient>((sp, http) => http.Timeout = Timeout(sp))
            .WithPooledConnections();
        services.AddSingleton<TeamsChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<TeamsChannel>());
        return services;
    }

    /// <summary>
    /// The client-wide bound: a little over <see cref="TeamsOptions.RequestTimeout"/>, which each call enforces itself (and
    /// reports as a transient <c>Timeout</c>); none when that is not positive.
    /// </summary>
    private static TimeSpan Timeout(IServiceProvider services)
    {
        var timeout = services.GetRequiredService<IOptions<TeamsOptions>>().Value.RequestTimeout;
        return timeout > TimeSpan.Zero ? timeout + TimeSpan.FromSeconds(1) : System.Threading.Timeout.InfiniteTimeSpan;
    }
}
