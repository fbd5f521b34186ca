using Coordination.Bot.Digests;
using Coordination.Bot.Options;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Documentation;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine;

/// <summary>
/// Handles a platform-neutral command: load, let the domain decide, save state and outbox in one transaction.
/// Only a successful command saves anything.
/// </summary>
public sealed partial class CommandHandler(
    CoordinationDbContext db,
    PeopleDirectory directory,
    FollowUpSchedule schedule,
    IThreadSummarizer summarizer,
    DigestPublisher digests,
    PatternFinder patterns,
    IOptions<DigestOptions> options,
    IOptions<MorningSummaryOptions> summaryOptions,
    TimeProvider time,
    ILogger<CommandHandler> logger)
{
    public Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken) =>
        HandleAsync(command, alongside: null, cancellationToken);

    /// <summary>
    /// Handles <paramref name="command"/>; <paramref name="alongside"/> adds to the same transaction what must commit
    /// with its outcome (the reply to deliver, the receipt of the event that carried it). With it, a refused command
    /// saves that, and nothing else.
    /// </summary>
    public Task<Reply> HandleAsync(ChatCommand command, Action<Reply>? alongside, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(
            db,
            () => HandleOnceAsync(command, alongside, cancellationToken),
            attempt => Log.CommandConflict(logger, command.GetType().Name, attempt));

    private async Task<Reply> HandleOnceAsync(ChatCommand command, Action<Reply>? alongside, CancellationToken cancellationToken)
    {
        var reply = await ExecuteAsync(command, cancellationToken);
        if (!reply.Succeeded)
        {
            db.ChangeTracker.Clear();
        }

        alongside?.Invoke(reply);
        if (reply.Succeeded || alongside is not null)
        {
            await db.SaveWithOutboxAsync(time.GetUtcNow(), cancellationToken);
        }

        db.ChangeTracker.Clear();
        Log.CommandHandled(logger, command.Context.Platform, command.GetType().Name, command.Context.Actor.PlatformUserId, reply.Succeeded ? "ok" : "refused");
        return reply;
    }

    private async Task<Reply> ExecuteAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var workspace = await directory.WorkspaceAsync(command.Context.Platform, command.Context.WorkspaceId, cancellationToken);
        var actor = await directory.ActorAsync(workspace, command.Context.Actor, cancellationToken);
        var session = new Session(workspace, actor, time.GetUtcNow()) { ActorIsAdmin = command.Context.ActorIsWorkspaceAdmin };
        return command switch
        {
            AskCommand ask => await AskAsync(session, ask, null, cancellationToken),
            ThreadReplyCommand reply => await ThreadReplyAsync(session, reply, cancellationToken),
            AcknowledgeCommand ack => await AnswerAsync(session, ack.RequestNumber, AttemptKind.Acknowledge, null, cancellationToken),
            DoneCommand done => await AnswerAsync(session, done.RequestNumber, AttemptKind.Done, done.Note, cancellationToken),
            DeclineCommand decline => await DeclineAsync(session, decline, cancellationToken),
            SnoozeCommand snooze => await SnoozeAsync(session, snooze, cancellationToken),
            RedirectCommand redirect => await RedirectAsync(session, redirect, cancellationToken),
            ResolveCommand resolve => await CloseAsync(session, resolve.RequestNumber, cancel: false, resolve.Note, cancellationToken),
            CancelCommand cancel => await CloseAsync(session, cancel.RequestNumber, cancel: true, null, cancellationToken),
            EscalateToCommand escalate => await EscalateToAsync(session, escalate, cancellationToken),
            StatusCommand status => await StatusAsync(session, status.RequestNumber, cancellationToken),
            ListCommand list => await ListAsync(session, list.Filter, cancellationToken),
            SetLeadCommand lead => await SetLeadAsync(session, lead, cancellationToken),
            SetTimeZoneCommand tz => await SetTimeZoneAsync(session, tz, cancellationToken),
            SetMorningSummaryCommand summary => SetMorningSummary(session, summary),
            ProfileCommand profile => await UpdateProfileAsync(session, profile, cancellationToken),
            DecideCommand decide => await DecideAsync(session, decide, cancellationToken),
            AddNextStepCommand next => await AddNextStepAsync(session, next, cancellationToken),
            DecisionsCommand decisions => await DecisionsAsync(session, decisions, cancellationToken),
            ProceedWithDefaultCommand proceed => await ProceedWithDefaultAsync(session, proceed, cancellationToken),
            AwayCommand away => await AwayAsync(session, away, cancellationToken),
            DefineTeamCommand team => await DefineTeamAsync(session, team, cancellationToken),
            SummarizeCommand summarize => await SummarizeAsync(session, summarize, cancellationToken),
            NotesCommand notes => Notes(session, notes),
            OpenFormCommand open => await OpenFormAsync(session, open, cancellationToken),
            SubmitFormCommand form => await SubmitFormAsync(session, form, cancellationToken),
            FormProblemCommand problem => Reply.Failure(problem.Problem) with { Field = problem.Field },
            DigestInfoCommand => await DigestInfoAsync(session, cancellationToken),
            DigestChannelCommand channel => DigestChannel(session, channel),
            DigestNowCommand now => await DigestNowAsync(session, now, cancellationToken),
            MeetingCommand meeting => await MeetingAsync(session, meeting, cancellationToken),
            RateDigestCommand rate => await RateDigestAsync(session, rate, cancellationToken),
            StatsCommand stats => await StatsAsync(session, stats, cancellationToken),
            PatternsCommand => await PatternsAsync(session, cancellationToken),
            ExportCommand export => await ExportAsync(session, export, cancellationToken),
            AdoptSummaryCommand adopt => await AdoptSummaryAsync(session, adopt, cancellationToken),
            AskTeamCommand askTeam => await AskTeamAsync(session, askTeam, cancellationToken),
            BackCommand back => await BackAsync(session, back, cancellationToken),
            ConfirmCommand confirm => Confirm(confirm),
            HelpCommand help => Help(help),
            _ => Reply.Failure($"I don't know how to handle {command.GetType().Name}."),
        };
    }

    private IQueryable<CoordinationRequest> Requests(Workspace workspace) =>
        db.Requests.Where(r => r.WorkspaceId == workspace.Id).IncludeRequestContext();

    /// <summary>The open requests tracked in the thread <paramref name="where"/>.</summary>
    private IQueryable<CoordinationRequest> OpenRequestsIn(Workspace workspace, ThreadRef where) =>
        Requests(workspace).Where(r => r.Channel == where.Channel && r.ThreadId == where.ThreadId && r.Status == RequestStatus.Open);

    private Task<CoordinationRequest?> FindAsync(Workspace workspace, int number, CancellationToken cancellationToken) =>
        Requests(workspace).SingleOrDefaultAsync(r => r.Number == number, cancellationToken);

    private static Reply Help(HelpCommand help) => help.Problem is null
        ? new Reply(CommandUsage.For(help.Verb))
        : Reply.Failure($"{help.Problem}\n{CommandUsage.For(help.Verb)}");

    /// <summary>Free text understood only in part: say what was understood, with Confirm / Edit, and change nothing yet.</summary>
    private static Reply Confirm(ConfirmCommand confirm) =>
        new Reply($"I understood: {confirm.Understood}. Is that right?", Succeeded: false) { Buttons = MessageButton.ForConfirmation(confirm.Text) };

    private static Reply NotFound(int number) =>
        Reply.Failure($"There is no {RequestKey.Format(number)} in this workspace. Try `/coord list all`.");

    private Reply Outcome(ChangeResult result, CoordinationRequest request, string applied, string notAllowed) => (result switch
    {
        ChangeResult.Applied => new Reply(applied),
        ChangeResult.Unchanged => new Reply($"Nothing to change on {request.Key}: it is already so.", Succeeded: false),
        ChangeResult.Closed => Reply.Failure($"{request.Key} is already {request.Status.ToString().ToLowerInvariant()}."),
        _ => Reply.Failure(notAllowed),
    }) with { Request = RequestState.Of(request, schedule.Policy.MaxAttempts) };

    private sealed record Session(Workspace Workspace, Person Actor, DateTimeOffset Now)
    {
        /// <summary>The platform vouches the actor administers the workspace (besides the flag recorded on them).</summary>
        public bool ActorIsAdmin { get; init; }
    }
}
