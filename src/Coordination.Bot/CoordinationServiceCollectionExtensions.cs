using Coordination.Bot.Digests;
using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Delivery;
using Coordination.Bot.Health;
using Coordination.Bot.Inbox;
using Coordination.Bot.Jobs;
using Coordination.Bot.LocalChat;
using Coordination.Bot.Options;
using Coordination.Bot.Slack;
using Coordination.Bot.Teams;
using Coordination.Bot.Web;
using Coordination.Bot.Web.SignIn;
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
        services.AddOptions<FollowUpPolicy>().BindConfiguration(FollowUpPolicy.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FollowUpPolicy>, FollowUpPolicyValidator>();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>();
        services.AddOptions<MorningSummaryOptions>().BindConfiguration(MorningSummaryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MorningSummaryOptions>, MorningSummaryOptionsValidator>();
        services.AddSingleton(sp => new FollowUpSchedule(sp.GetRequiredService<IOptions<FollowUpPolicy>>().Value));
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();
        services.AddSingleton(sp => DigestSchedule.Parse(sp.GetRequiredService<IOptions<DigestOptions>>().Value.Schedule));

        services.AddCoordinationData(configuration);
        services.AddScoped<PeopleDirectory>();
        services.AddCommandHandling();
        services.AddSingleton<IThreadSummarizer, RuleBasedSummarizer>();
        services.AddSingleton<AskBatcher>();
        services.AddScoped<FollowUpSweep>();
        services.AddScoped<MorningSummaries>();
        services.AddOutboxDelivery();
        services.AddScoped<DigestMetrics>();
        services.AddScoped<PatternFinder>();
        services.AddScoped<DigestPublisher>();

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
        services.AddCoordinationWeb();
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
        return services;
    }
}
