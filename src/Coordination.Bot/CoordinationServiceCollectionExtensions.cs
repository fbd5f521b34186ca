using Coordination.Bot.Assistant;
using Coordination.Bot.Api;
using Coordination.Bot.Calendars;
using Coordination.Bot.Digests;
using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Delivery;
using Coordination.Bot.Health;
using Coordination.Bot.Home;
using Coordination.Bot.Inbox;
using Coordination.Bot.Jobs;
using Coordination.Bot.LocalChat;
using Coordination.Bot.Options;
using Coordination.Bot.Slack;
using Coordination.Bot.Teams;
using Coordination.Bot.Telemetry;
using Coordination.Bot.Trackers;
using Coordination.Bot.Web;
using Coordination.Bot.Web.SignIn;
using Coordination.Bot.Webhooks;
using Coordination.Core.Chat;
using Coordination.Core.Documentation;
using Coordination.Core.FollowUp;
using Coordination.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coordination.Bot;

public static class CoordinationServiceCollectionExtensions
{
    /// <summary>The engine without a scheduler: options, clock, database, command handling, sweep, morning summaries, delivery, local channel.</summary>
    public static IServiceCollection AddCoordinationEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddCoordinationTelemetry(configuration);
        services.AddBoundOptions<FollowUpPolicy, FollowUpPolicyValidator>(configuration, FollowUpPolicy.SectionName);
        services.AddBoundOptions<OutboxOptions, OutboxOptionsValidator>(configuration, OutboxOptions.SectionName);
        services.AddBoundOptions<MorningSummaryOptions, MorningSummaryOptionsValidator>(configuration, MorningSummaryOptions.SectionName);
        services.AddSingleton<WorkspaceHolidays>();
        services.AddSingleton(sp => new FollowUpSchedule(sp.GetRequiredService<IOptions<FollowUpPolicy>>().Value, sp.GetRequiredService<WorkspaceHolidays>()));
        services.AddBoundOptions<DigestOptions, DigestOptionsValidator>(configuration, DigestOptions.SectionName);
        services.AddSingleton(sp => DigestSchedule.Parse(sp.GetRequiredService<IOptions<DigestOptions>>().Value.Schedule));

        services.AddCoordinationData(configuration);
        services.AddScoped<PeopleDirectory>();
        services.AddCommandHandling();
        services.AddTrackers(configuration);
        services.AddHome();
        services.AddSingleton<IThreadSummarizer, RuleBasedSummarizer>();
        services.AddAssistant(configuration);
        services.AddSingleton<AskBatcher>();
        services.AddScoped<FollowUpSweep>();
        services.AddScoped<MorningSummaries>();
        services.AddOutboxDelivery();
        services.AddScoped<DigestMetrics>();
        services.AddScoped<PatternFinder>();
        services.AddSingleton<DigestPlan>();
        services.AddScoped<DigestPublisher>();
        services.AddWebhooks(configuration);
        services.AddHolidayCalendars(configuration);

        services.AddScoped<InboundEventProcessor>();
        services.AddSingleton<InboundEventWorker>();
        services.AddSlack(configuration);
        services.AddTeams(configuration);

        services.AddSingleton<LocalChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<LocalChannel>());
        return services;
    }

    /// <summary>Everything the web host runs: the engine, start-up migration, health checks and the recurring jobs.</summary>
    public static IServiceCollection AddCoordination(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCoordinationWeb(configuration);
        services.AddDashboardSignIn(configuration);
        services.AddCoordinationEngine(configuration);
        services.AddHostedService<StartupService>();
        services.AddHostedService(sp => sp.GetRequiredService<InboundEventWorker>());
        services.AddSlackBackgroundWork();
        services.AddCoordinationKeyRing(configuration);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler");
        services.AddCoordinationJobs(configuration);
        services.AddHostedService<WebhookDeliveryService>();
        services.AddCoordinationApi();
        return services;
    }
}
