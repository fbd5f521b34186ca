using Coordination.Bot.Inbox;
using Coordination.Bot.Options;
using Coordination.Slack;
using Coordination.Slack.Inbound;
using Coordination.Slack.Outbound;
using Coordination.Slack.Socket;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Slack;

public static class SlackHostExtensions
{
    /// <summary>
    /// The Slack adapter: options validated at start, the verifier (which refuses everything without a signing
    /// secret), event handling, and, when Slack is configured, the channel that posts through the Web API.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddBoundOptions<SlackOptions, SlackOptionsValidator>(configuration, SlackOptions.SectionName);
        services.AddSingleton(sp => new SlackRequestVerifier(sp.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SlackTokenSource>();
        services.AddSingleton<ISlackTokenSource>(sp => sp.GetRequiredService<SlackTokenSource>());
        services.AddSingleton<SlackProfileSync>();
        services.AddSingleton<SlackPeople>();
        services.AddSingleton<SlackResponseUrl>();
        services.AddHttpClient(nameof(SlackResponseUrl));
        services.AddSingleton<SlackCommandRunner>();
        services.AddScoped<SlackRequestReader>();
        services.AddSingleton<SlackUserGroups>();
        services.AddSlackApiClient();
        services.AddSingleton<SlackForms>();
        services.AddSingleton<SlackAdmins>();
        services.AddScoped<SlackUninstall>();
        services.AddScoped<SlackAppEvents>();
        services.AddScoped<SlackReactionThreads>();
        services.AddScoped<IInboundEventConsumer, SlackEventConsumer>();
        services.AddScoped<SlackInteractionIntake>();
        services.AddScoped<SlackEventIntake>();

        if (options.IsEnabled)
        {
            services.AddSlackOutbound();
        }

        if (options.IsSocketMode)
        {
            services.AddSingleton<ISocketModeHandler, SlackSocketHandler>();
            services.AddSingleton<SocketModeClient>();
            services.AddHostedService<SlackSocketModeService>();
        }

        return services;
    }

    /// <summary>The Slack work that runs beside the web host: looking people up, and checking the bot token at start.</summary>
    public static IServiceCollection AddSlackBackgroundWork(this IServiceCollection services)
    {
        services.AddHostedService(sp => sp.GetRequiredService<SlackProfileSync>());
        services.AddHostedService<SlackStartupCheck>();
        return services;
    }
}
