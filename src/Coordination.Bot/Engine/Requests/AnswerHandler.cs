using Coordination.Bot.Telemetry;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Coordination.Data.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Requests;

/// <summary>What the people a request waits on say back: a reply in its thread, <c>ack</c>, <c>done</c>, <c>decline</c>, <c>snooze</c>.</summary>
public sealed class AnswerHandler(CoordinationDbContext db, RequestLookup requests, PeopleDirectory directory, FollowUpSchedule schedule, CoordinationTelemetry telemetry)
    : ICommandHandler<ThreadReplyCommand>,
      ICommandHandler<AcknowledgeCommand>,
      ICommandHandler<DoneCommand>,
      ICommandHandler<DeclineCommand>,
      ICommandHandler<SnoozeCommand>
{
    /// <summary>
    /// A message in a thread answers every open request tracked there that waits on its author. In a tracked thread the
    /// message is also kept, for <c>summarize</c>; messages elsewhere are not stored.
    /// </summary>
    public async Task<Reply> HandleAsync(Session session, ThreadReplyCommand command, CancellationToken cancellationToken)
    {
        var where = command.Context.Where;
        var open = where.ThreadId is null ? [] : await requests.OpenIn(session.Workspace, where).ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return new Reply(string.Empty, Succeeded: false);
        }

        if (!string.IsNullOrWhiteSpace(command.Text))
        {
            db.ReceivedMessages.Add(ReceivedMessage.Keep(
                session.Workspace.Platform, session.Workspace.ExternalId, where, session.Actor.PlatformUserId, session.Actor.DisplayName, command.Text, session.Now));
        }

        var answered = open.Where(r => r.Respond(session.Actor, AttemptKind.Response, session.Now) == ChangeResult.Applied).ToList();
        telemetry.AnswersRecorded(session.Workspace, answered.Count);
        return new Reply(answered.Count > 0 ? $"Recorded your answer on {string.Join(", ", answered.Select(r => r.Key))}." : string.Empty);
    }

    public Task<Reply> HandleAsync(Session session, AcknowledgeCommand command, CancellationToken cancellationToken) =>
        AnswerAsync(session, command.RequestNumber, AttemptKind.Acknowledge, null, cancellationToken);

    public Task<Reply> HandleAsync(Session session, DoneCommand command, CancellationToken cancellationToken) =>
        AnswerAsync(session, command.RequestNumber, AttemptKind.Done, command.Note, cancellationToken);

    public async Task<Reply> HandleAsync(Session session, DeclineCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return Reply.Failure("Usage: `/coord decline CR-n <reason>`: a decline needs a reason the requester can act on.");
        }

        if (await requests.FindAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        var result = request.Decline(session.Actor, command.Reason.Trim(), session.Now);
        telemetry.AnswersRecorded(session.Workspace, result == ChangeResult.Applied ? 1 : 0);
        return Outcome(result, request, $"You declined {request.Key}; {request.Requester.DisplayName} sees your reason in the thread.", $"Only the people {request.Key} waits on can decline it.");
    }

    public async Task<Reply> HandleAsync(Session session, SnoozeCommand command, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        var who = command.Stakeholder is null ? session.Actor : await directory.PersonAsync(session.Workspace, command.Stakeholder, cancellationToken);
        var result = request.Snooze(session.Actor, who, session.Now + command.Duration, session.Now, schedule);
        var next = request.StakeholderFor(who)?.NextActionAt;
        var when = next is null ? string.Empty : $" Next follow-up: {FollowUpMessages.Moment(next.Value, session.Actor, schedule)}.";
        return Outcome(result, request, $"Snoozed {who.DisplayName} on {request.Key}.{when}", $"Only {request.Requester.DisplayName} or a waiting stakeholder can snooze {request.Key}, and only into the future.");
    }

    private async Task<Reply> AnswerAsync(Session session, int number, AttemptKind kind, string? note, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(session.Workspace, number, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(number);
        }

        var result = request.Respond(session.Actor, kind, session.Now, note);
        telemetry.AnswersRecorded(session.Workspace, result == ChangeResult.Applied ? 1 : 0);
        var verb = kind == AttemptKind.Done ? "marked done" : "acknowledged";
        return Outcome(result, request, $"You {verb} {request.Key}; its clock is stopped for you.", $"Only the people {request.Key} waits on can answer it.");
    }

    private Reply Outcome(ChangeResult result, CoordinationRequest request, string applied, string notAllowed) =>
        RequestReplies.Outcome(result, request, schedule.Policy.MaxAttempts, applied, notAllowed);
}
