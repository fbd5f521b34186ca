using Coordination.Bot.Engine;
using Coordination.Bot.Options;
using Coordination.Core.Commands;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>The URL guard, secrets, and the signed sender with its delivery pass.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBoundOptions<WebhookOptions, WebhookOptionsValidator>(configuration, WebhookOptions.SectionName);
        services.AddDataProtection();
        services.AddSingleton(sp => new OutboundUrlGuard(
            sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateNetworks,
            sp.GetService<IHostEnvironment>()?.IsDevelopment() == true));
        services.AddSingleton<WebhookSecrets>();
        services.AddScoped<WebhookDispatcher>();
        services.AddHttpClient<WebhookSender>((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                ConnectCallback = sp.GetRequiredService<OutboundUrlGuard>().ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        return services;
    }

    /// <summary>The <c>webhook</c> commands' routes (from <see cref="CommandHandlingServiceCollectionExtensions.AddCommandHandling"/>).</summary>
    public static IServiceCollection AddWebhookCommands(this IServiceCollection services) => services
        .AddCommandHandler<AddWebhookCommand, WebhookHandler>()
        .AddCommandHandler<ListWebhooksCommand, WebhookHandler>()
        .AddCommandHandler<RemoveWebhookCommand, WebhookHandler>();
}
