using Coordination.Core.Chat;
using Coordination.Http;
using Coordination.Slack.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coordination.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The outbound Slack channel: the Web API client, the per-channel pacer and <see cref="SlackChannel"/> as an
    /// <see cref="IChatChannel"/>. The host binds <see cref="SlackOptions"/> and registers an <see cref="ISlackTokenSource"/>.
    /// </summary>
    public static IServiceCollection AddSlackOutbound(this IServiceCollection services)
    {
        services.AddSlackApiClient();
        services.AddSingleton<SlackChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<SlackChannel>());
        return services;
    }

    /// <summary>
    /// The Web API client alone (once, however often this is called): what answers the platform's requests needs it
    /// registered even while no bot token is configured, and the outbound channel uses the same one.
    /// </summary>
    public static IServiceCollection AddSlackApiClient(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(SlackApiClient)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<SlackApiClient>((sp, http) => http.BaseAddress = ApiBase(sp.GetRequiredService<IOptions<SlackOptions>>().Value))
            .WithPooledConnections();
        return services;
    }

    /// <summary>The base address with a trailing slash, so relative method names land under <c>/api/</c>.</summary>
    private static Uri ApiBase(SlackOptions options)
    {
        var url = options.ApiBaseUrl.ToString();
        return url.EndsWith('/') ? options.ApiBaseUrl : new Uri(url + "/");
    }
}
