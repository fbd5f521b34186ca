using Coordination.Bot.Engine;
using Coordination.Bot.Options;
using Coordination.Core.Commands;

namespace Coordination.Bot.Trackers;

public static class TrackerServiceCollectionExtensions
{
    /// <summary>
    /// The issue trackers (<c>GitHub:*</c>, <c>Jira:*</c>, <c>Linear:*</c>, validated at start), their webhook deliveries,
    /// and the commands <c>link</c>, <c>me</c>, <c>adr</c> and the "ADR" button.
    /// </summary>
    public static IServiceCollection AddTrackers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBoundOptions<GitHubOptions, GitHubOptionsValidator>(configuration, GitHubOptions.SectionName);
        services.AddBoundOptions<JiraOptions, JiraOptionsValidator>(configuration, JiraOptions.SectionName);
        services.AddBoundOptions<LinearOptions, LinearOptionsValidator>(configuration, LinearOptions.SectionName);
        services.AddScoped<TrackerDeliveries>();
        services.AddScoped<TrackerLinks>();
        services.AddSingleton<AdrPullRequests>();
        return services
            .AddCommandHandler<LinkRequestCommand, TrackerLinkHandler>()
            .AddCommandHandler<TrackerAccountCommand, TrackerLinkHandler>()
            .AddCommandHandler<OpenAdrCommand, AdrHandler>()
            .AddCommandHandler<AdrFileCommand, AdrHandler>();
    }
}
