using Coordination.Bot.Endpoints;
using Coordination.Bot.Inbox;
using Coordination.Bot.Options;
using Coordination.Teams;
using Coordination.Teams.Outbound;

namespace Coordination.Bot.Teams;

public static class TeamsHostExtensions
{
    /// <summary>
    /// The Teams adapter: options validated at start, the token validator (which refuses everything without an app id),
    /// the conversation store, message handling, and, when Teams is configured, the channel that sends through the
    /// Bot Connector.
    /// </summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddBoundOptions<TeamsOptions, TeamsOptionsValidator>(configuration, TeamsOptions.SectionName);
        services.AddTeamsInbound();
        services.AddSingleton<TeamsConversationStore>();
        services.AddSingleton<ITeamsConversations>(sp => sp.GetRequiredService<TeamsConversationStore>());
        services.AddSingleton<TeamsTimeZones>();
        services.AddSingleton<TeamsAdmins>();
        services.AddScoped<IInboundEventConsumer, TeamsActivityConsumer>();
        services.AddScoped<TeamsInbox>();
        services.AddScoped<TeamsPeopleSearch>();
        if (options.IsEnabled)
        {
            services.AddTeamsOutbound();
        }

        return services;
    }
}
