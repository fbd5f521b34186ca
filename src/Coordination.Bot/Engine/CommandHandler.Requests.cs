using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    /// <summary>Records an ask; <paramref name="number"/> is its key's number when a batch reserved one for it.</summary>
    private async Task<Reply> AskAsync(Session session, AskCommand ask, int? number, CancellationToken cancellationToken)
    {
        var named = await directory.PeopleAsync(session.Workspace, ask.Stakeholders, cancellationToken);
        var stakeholders = StandInsFor(named, session.Now).Where(p => p.Id != session.Actor.Id).DistinctBy(p => p.Id).ToList();
        if (stakeholders.Count == 0 || string.IsNullOrWhiteSpace(ask.Title))
        {
            return Reply.Failure("Usage: `/coord ask @person [@person …] <what you need> [by <date>] [escalate @lead]` (ask someone other than yourself).");
        }

        var target = ask.EscalateTo is null ? null : await directory.PersonAsync(session.Workspace, ask.EscalateTo, cancellationToken);
        var due = ask.Due?.Resolve(session.Now, schedule.CalendarOf(session.Actor).Zone);
        number ??= await db.TakeRequestNumbersAsync(session.Workspace.Id, 1, cancellationToken);
        var request = CoordinationRequest.Ask(session.Workspace, ask.Title, session.Actor, stakeholders, ask.Context.Where, session.Now, schedule, due, target, number, ask.Default);
        if (ask.NeedsMeeting)
        {
            request.MarkNeededMeeting(session.Actor);
        }

        foreach (var away in stakeholders.Where(p => p.AwayUntil is { } until && until > session.Now))
        {
            request.HoldWhileAway(away, away.AwayUntil!.Value, null, session.Now, schedule);
        }

        db.Requests.Add(request);
        // The first windows open when the request's post arrives, normally within a second of this answer.
        var first = request.Stakeholders.Min(s => schedule.FollowUpAfterWindowFrom(s, s.WindowStartedAt));
        return new Reply($"Recorded {request.Key}: {request.Title}. First follow-up if nobody answers: {FollowUpMessages.Moment(first, session.Actor, schedule)}.");
    }

    /// <summary>
    /// One request per step, each on its owner, asked by the actor in <paramref name="where"/> (a decision's next steps,
    /// a summary's action items); their numbers are taken as one block.
    /// </summary>
    private async Task<List<CoordinationRequest>> AskEachAsync(Session session, ThreadRef where, List<NextStepSpec> steps, CancellationToken cancellationToken)
    {
        var owners = await directory.PeopleAsync(session.Workspace, steps.Select(s => s.Owner), cancellationToken);
        var number = await db.TakeRequestNumbersAsync(session.Workspace.Id, steps.Count, cancellationToken);
        var zone = schedule.CalendarOf(session.Actor).Zone;
        var requests = steps.Select((step, i) => CoordinationRequest.Ask(
            session.Workspace, step.Action.Trim(), session.Actor, [owners[i]], where, session.Now, schedule, step.Due?.Resolve(session.Now, zone), number: number + i)).ToList();
        db.Requests.AddRange(requests);
        return requests;
    }

    /// <summary>
    /// A message in a thread answers every open request tracked there that waits on its author. In a tracked thread the
    /// message is also kept, for <c>summarize</c>; messages elsewhere are not stored.
    /// </summary>
    private async Task<Reply> ThreadReplyAsync(Session session, ThreadReplyCommand reply, CancellationToken cancellationToken)
    {
        var where = reply.Context.Where;
        var requests = where.ThreadId is null ? [] : await OpenRequestsIn(session.Workspace, where).ToListAsync(cancellationToken);
        if (requests.Count == 0)
        {
            return new Reply(string.Empty, Succeeded: false);
        }

        if (!string.IsNullOrWhiteSpace(reply.Text))
        {
            db.ReceivedMessages.Add(ReceivedMessage.Keep(
                session.Workspace.Platform, session.Workspace.ExternalId, where, session.Actor.PlatformUserId, session.Actor.DisplayName, reply.Text, session.Now));
        }

        var answered = requests.Where(r => r.Respond(session.Actor, AttemptKind.Response, session.Now) == ChangeResult.Applied).ToList();
        return new Reply(answered.Count > 0 ? $"Recorded your answer on {string.Join(", ", answered.Select(r => r.Key))}." : string.Empty);
    }

    private async Task<Reply> AnswerAsync(Session session, int number, AttemptKind kind, string? note, CancellationToken cancellationToken)
    {
        if (await FindAsync(session.Workspace, number, cancellationToken) is not { } request)
        {
            return NotFound(number);
        }

        var result = request.Respond(session.Actor, kind, session.Now, note);
        var verb = kind == AttemptKind.Done ? "marked done" : "acknowledged";
        return Outcome(result, request, $"You {verb} {request.Key}; its clock is stopped for you.", $"Only the people {request.Key} waits on can answer it.");
    }

    private async Task<Reply> DeclineAsync(Session session, DeclineCommand decline, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(decline.Reason))
        {
            return Reply.Failure("Usage: `/coord decline CR-n <reason>`: a decline needs a reason the requester can act on.");
        }

        if (await FindAsync(session.Workspace, decline.RequestNumber, cancellationToken) is not { } request)
        {
            return NotFound(decline.RequestNumber);
        }

        var result = request.Decline(session.Actor, decline.Reason.Trim(), session.Now);
        return Outcome(result, request, $"You declined {request.Key}; {request.Requester.DisplayName} sees your reason in the thread.", $"Only the people {request.Key} waits on can decline it.");
    }

    private async Task<Reply> SnoozeAsync(Session session, SnoozeCommand snooze, CancellationToken cancellationToken)
    {
        if (await FindAsync(session.Workspace, snooze.RequestNumber, cancellationToken) is not { } request)
        {
            return NotFound(snooze.RequestNumber);
        }

        var who = snooze.Stakeholder is null ? session.Actor : await directory.PersonAsync(session.Workspace, snooze.Stakeholder, cancellationToken);
        var result = request.Snooze(session.Actor, who, session.Now + snooze.Duration, session.Now, schedule);
        var next = request.StakeholderFor(who)?.NextActionAt;
        var when = next is null ? string.Empty : $" Next follow-up: {FollowUpMessages.Moment(next.Value, session.Actor, schedule)}.";
        return Outcome(result, request, $"Snoozed {who.DisplayName} on {request.Key}.{when}", $"Only {request.Requester.DisplayName} or a waiting stakeholder can snooze {request.Key}, and only into the future.");
    }

    private async Task<Reply> RedirectAsync(Session session, RedirectCommand redirect, CancellationToken cancellationToken)
    {
        if (await FindAsync(session.Workspace, redirect.RequestNumber, cancellationToken) is not { } request)
        {
            return NotFound(redirect.RequestNumber);
        }

        var from = redirect.From is null ? session.Actor : await directory.PersonAsync(session.Workspace, redirect.From, cancellationToken);
        var to = await directory.PersonAsync(session.Workspace, redirect.To, cancellationToken);
        var result = request.Redirect(session.Actor, from, to, session.Now, schedule);
        return Outcome(result, request, $"{request.Key} now waits on {to.DisplayName}, with a fresh clock.", $"Only a stakeholder of {request.Key} (or its requester) can hand it to someone else, and not to the requester.");
    }

    private async Task<Reply> CloseAsync(Session session, int number, bool cancel, string? note, CancellationToken cancellationToken)
    {
        if (await FindAsync(session.Workspace, number, cancellationToken) is not { } request)
        {
            return NotFound(number);
        }

        var result = cancel ? request.Cancel(session.Actor, session.Now, note) : request.Resolve(session.Actor, session.Now, note);
        var verb = cancel ? "cancelled" : "resolved";
        return Outcome(result, request, $"{request.Key} is {verb}; no more follow-ups.", $"Only {request.Requester.DisplayName}, who asked, can close {request.Key}.");
    }

    private async Task<Reply> EscalateToAsync(Session session, EscalateToCommand escalate, CancellationToken cancellationToken)
    {
        if (await FindAsync(session.Workspace, escalate.RequestNumber, cancellationToken) is not { } request)
        {
            return NotFound(escalate.RequestNumber);
        }

        var target = await directory.PersonAsync(session.Workspace, escalate.Target, cancellationToken);
        var result = request.SetEscalationTarget(session.Actor, target, session.Now, schedule);
        return Outcome(result, request, $"Silence on {request.Key} will now be escalated to {target.DisplayName}.", $"Only {request.Requester.DisplayName}, who asked, can choose where {request.Key} escalates.");
    }
}
