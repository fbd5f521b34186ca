using Coordination.Bot.Engine;
using Coordination.Bot.Options;

namespace Coordination.Bot.Trackers;

public static class TrackerServiceCollectionExtensions
{
    /// <summary>
    /// The issue trackers (<c>GitHub:*</c>, <c>Jira:*</c>, <c>Linear:*</c>, validated at start), their webhook deliveries,
    /// and what the commands <c>link</c>, <c>me</c>, <c>adr</c> and the "ADR" button use (their routes are in
    /// <see cref="CommandHandlingServiceCollectionExtensions.AddCommandHandling"/>).
    /// </summary>
    public static IServiceCollection AddTrackers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBoundOptions<GitHubOptions, GitHubOptionsValidator>(configuration, GitHubOptions.SectionName);
        services.AddBoundOptions<JiraOptions, JiraOptionsValidator>(configuration, JiraOptions.SectionName);
        services.AddBoundOptions<LinearOptions, LinearOptionsValidator>(configuration, LinearOptions.SectionName);
        services.AddScoped<TrackerDeliveries>();
        services.AddScoped<TrackerLinks>();
        services.AddSingleton<AdrPullRequests>();
        return services;
    }
}
