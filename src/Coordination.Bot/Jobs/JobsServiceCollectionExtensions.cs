using Coordination.Bot.Digests;
using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Delivery;
using Coordination.Bot.Options;
using Coordination.Core.FollowUp;
using Quartz;

namespace Coordination.Bot.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Registers Quartz (in-memory triggers; durable state lives in our own tables) and the recurring jobs.</summary>
    public static IServiceCollection AddCoordinationJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var policy = services.AddBoundOptions<FollowUpPolicy, FollowUpPolicyValidator>(configuration, FollowUpPolicy.SectionName);
        var digest = services.AddBoundOptions<DigestOptions, DigestOptionsValidator>(configuration, DigestOptions.SectionName);
        var summary = services.AddBoundOptions<MorningSummaryOptions, MorningSummaryOptionsValidator>(configuration, MorningSummaryOptions.SectionName);
        services.AddQuartz(quartz =>
        {
            Every<FollowUpSweepJob>(quartz, FollowUpSweepJob.Key, policy.SweepInterval);
            Every<InboundEventJob>(quartz, InboundEventJob.Key, InboundEventJob.Interval);
            Every<DigestJob>(quartz, DigestJob.Key, digest.CheckInterval);
            Every<HolidayCalendarJob>(quartz, HolidayCalendarJob.Key, HolidayCalendarJob.Interval);
            Every<OutOfOfficeJob>(quartz, OutOfOfficeJob.Key, OutOfOfficeJob.Interval);
            if (summary.Enabled)
            {
                Every<MorningSummaryJob>(quartz, MorningSummaryJob.Key, summary.Interval);
            }
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        services.AddHostedService<OutboxDeliveryService>();
        services.AddHostedService<PostgresOutboxNotifications>();
        return services;
    }

    private static void Every<TJob>(IQuartzBuilder quartz, JobKey key, TimeSpan interval)
        where TJob : IJob
    {
        // A non-positive interval fails options validation at start; keep Quartz itself from throwing first.
        var safe = interval > TimeSpan.Zero ? interval : TimeSpan.FromMinutes(1);
        quartz.AddJob<TJob>(job => job.WithIdentity(key));
        quartz.AddTrigger<TJob>(trigger => trigger
            .ForJob(key)
            .WithIdentity(key.Name + "-trigger", key.Group)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(safe).RepeatForever().MeasureIntervalFromCompletion(true)));
    }
}
