using Coordination.Bot.Assistant;
using Coordination.Bot.Engine.ApiTokens;
using Coordination.Bot.Engine.Calendars;
using Coordination.Bot.Engine.Decisions;
using Coordination.Bot.Engine.Forms;
using Coordination.Bot.Engine.Help;
using Coordination.Bot.Engine.Insights;
using Coordination.Bot.Engine.People;
using Coordination.Bot.Engine.Presence;
using Coordination.Bot.Engine.Requests;
using Coordination.Bot.Engine.Satisfaction;
using Coordination.Bot.Engine.Scheduling;
using Coordination.Bot.Engine.Summaries;
using Coordination.Bot.Webhooks;
using Coordination.Bot.Trackers;
using Coordination.Core.Commands;
using Coordination.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coordination.Bot.Engine;

public static class CommandHandlingServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="CommandHandler"/>, its dispatch table, and each feature's scoped handlers, registered for the commands
    /// they handle. A new command needs a handler and a row here; the shell does not change.
    /// </summary>
    public static IServiceCollection AddCommandHandling(this IServiceCollection services)
    {
        services.AddScoped<CommandHandler>();
        services.AddScoped<CommandDispatcher>();
        services.AddScoped<SatisfactionSurvey>();
        services.AddSingleton<CommandRoutes>();
        services.AddSingleton<Consent>();
        services.AddScoped<DirectMessages>();
        services.AddScoped<FormChoices>();
        services.AddScoped<RequestLookup>();
        services.AddScoped<DecisionBook>();
        services.AddScoped<FollowUpRescheduler>();
        services.AddScoped<ThreadHistory>();
        services.AddSingleton<RequestMentionMemory>();
        services.AddScoped<MeetingTimes>();
        services.TryAddSingleton<IFreeBusy, NoBusyTimes>();
        return services
            .AddRequestCommands()
            .AddDecisionCommands()
            .AddPeopleAndWorkTeamCommands()
            .AddPresenceCommands()
            .AddDigestAndStatsCommands()
            .AddSummaryAndNotesCommands()
            .AddFormAndHelpCommands()
            .AddWebhookCommands()
            .AddApiTokenCommands()
            .AddTrackerCommands();
    }

    /// <summary>
    /// Routes <typeparamref name="TCommand"/> to <typeparamref name="THandler"/>, which is registered scoped once however
    /// many commands it handles.
    /// </summary>
    public static IServiceCollection AddCommandHandler<TCommand, THandler>(this IServiceCollection services)
        where TCommand : ChatCommand
        where THandler : class, ICommandHandler<TCommand>
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(CommandRoute.To<TCommand, THandler>());
        return services;
    }

    private static IServiceCollection AddRequestCommands(this IServiceCollection services) => services
        .AddCommandHandler<AskCommand, AskHandler>()
        .AddCommandHandler<ThreadReplyCommand, AnswerHandler>()
        .AddCommandHandler<AcknowledgeCommand, AnswerHandler>()
        .AddCommandHandler<DoneCommand, AnswerHandler>()
        .AddCommandHandler<DeclineCommand, AnswerHandler>()
        .AddCommandHandler<SnoozeCommand, AnswerHandler>()
        .AddCommandHandler<RedirectCommand, RequestChangeHandler>()
        .AddCommandHandler<EscalateToCommand, RequestChangeHandler>()
        .AddCommandHandler<ResolveCommand, RequestChangeHandler>()
        .AddCommandHandler<CancelCommand, RequestChangeHandler>()
        .AddCommandHandler<StatusCommand, RequestQueryHandler>()
        .AddCommandHandler<ListCommand, RequestQueryHandler>()
        .AddCommandHandler<ReactionCommand, ReactionHandler>()
        .AddCommandHandler<MentionedRequestsCommand, MentionedRequestsHandler>()
        .AddCommandHandler<FollowUpCommand, FollowUpForms>()
        .AddCommandHandler<ScheduleCommand, ScheduleHandler>()
        .AddCommandHandler<ProposeAgainCommand, ScheduleHandler>()
        .AddCommandHandler<PickSlotCommand, SlotPickHandler>()
        .AddCommandHandler<ChooseSlotCommand, SlotPickHandler>();

    private static IServiceCollection AddDecisionCommands(this IServiceCollection services) => services
        .AddCommandHandler<DecideCommand, DecideHandler>()
        .AddCommandHandler<AddNextStepCommand, DecideHandler>()
        .AddCommandHandler<DecisionsCommand, DecisionListHandler>()
        .AddCommandHandler<ProceedWithDefaultCommand, ProceedWithDefaultHandler>();

    private static IServiceCollection AddPeopleAndWorkTeamCommands(this IServiceCollection services) => services
        .AddCommandHandler<SetLeadCommand, LeadHandler>()
        .AddCommandHandler<SetTimeZoneCommand, ProfileHandler>()
        .AddCommandHandler<SetMorningSummaryCommand, ProfileHandler>()
        .AddCommandHandler<ProfileCommand, ProfileHandler>()
        .AddCommandHandler<DefineTeamCommand, WorkTeamHandler>()
        .AddCommandHandler<AskTeamCommand, WorkTeamHandler>();

    private static IServiceCollection AddPresenceCommands(this IServiceCollection services) => services
        .AddCommandHandler<AwayCommand, PresenceHandler>()
        .AddCommandHandler<BackCommand, PresenceHandler>();

    private static IServiceCollection AddDigestAndStatsCommands(this IServiceCollection services) => services
        .AddCommandHandler<DigestInfoCommand, DigestHandler>()
        .AddCommandHandler<DigestChannelCommand, DigestHandler>()
        .AddCommandHandler<DigestNowCommand, DigestHandler>()
        .AddCommandHandler<MeetingCommand, DigestFeedbackHandler>()
        .AddCommandHandler<RateDigestCommand, DigestFeedbackHandler>()
        .AddCommandHandler<StatsCommand, StatsHandler>()
        .AddCommandHandler<PatternsCommand, PatternsHandler>()
        .AddCommandHandler<ExportCommand, ExportHandler>()
        .AddCommandHandler<AnswerSatisfactionCommand, SatisfactionHandler>()
        .AddCommandHandler<SatisfactionNoteCommand, SatisfactionHandler>();

    private static IServiceCollection AddSummaryAndNotesCommands(this IServiceCollection services) => services
        .AddCommandHandler<SummarizeCommand, SummarizeHandler>()
        .AddCommandHandler<NotesCommand, NotesHandler>()
        .AddCommandHandler<AdoptSummaryCommand, AdoptSummaryHandler>();

    private static IServiceCollection AddFormAndHelpCommands(this IServiceCollection services) => services
        .AddCommandHandler<OpenFormCommand, FormHandler>()
        .AddCommandHandler<SubmitFormCommand, FormHandler>()
        .AddCommandHandler<HelpCommand, HelpHandler>()
        .AddCommandHandler<FormProblemCommand, HelpHandler>()
        .AddCommandHandler<ConfirmCommand, HelpHandler>()
        .AddCommandHandler<HomeCommand, HomeHandler>()
        .AddCommandHandler<SetWorkingDaysCommand, HomeHandler>()
        .AddCommandHandler<ConfirmReadingCommand, ConfirmReadingHandler>()
        .AddCommandHandler<WorkingHoursCommand, WorkingTimeHandler>()
        .AddCommandHandler<ShowWorkingHoursCommand, WorkingTimeHandler>()
        .AddCommandHandler<HolidayCommand, WorkingTimeHandler>()
        .AddCommandHandler<ListHolidaysCommand, WorkingTimeHandler>()
        .AddCommandHandler<HolidayCalendarCommand, HolidayCalendarHandler>()
        .AddCommandHandler<LinkCalendarCommand, CalendarLinkHandler>()
        .AddCommandHandler<CalendarStandInCommand, CalendarLinkHandler>();

    private static IServiceCollection AddApiTokenCommands(this IServiceCollection services) => services
        .AddCommandHandler<TokenCreateCommand, ApiTokenHandler>()
        .AddCommandHandler<TokenListCommand, ApiTokenHandler>()
        .AddCommandHandler<TokenRevokeCommand, ApiTokenHandler>();

    private static IServiceCollection AddTrackerCommands(this IServiceCollection services) => services
        .AddCommandHandler<LinkRequestCommand, TrackerLinkHandler>()
        .AddCommandHandler<TrackerAccountCommand, TrackerLinkHandler>()
        .AddCommandHandler<OpenAdrCommand, AdrHandler>()
        .AddCommandHandler<AdrFileCommand, AdrHandler>();
}
