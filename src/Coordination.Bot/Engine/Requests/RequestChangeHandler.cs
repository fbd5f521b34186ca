using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;

namespace Coordination.Bot.Engine.Requests;

/// <summary>Changes to who a request waits on and whether it is open: <c>redirect</c>, <c>escalate</c>, <c>resolve</c>, <c>cancel</c>.</summary>
public sealed class RequestChangeHandler(RequestLookup requests, PeopleDirectory directory, FollowUpSchedule schedule)
    : ICommandHandler<RedirectCommand>,
      ICommandHandler<EscalateToCommand>,
      ICommandHandler<ResolveCommand>,
      ICommandHandler<CancelCommand>
{
    public async Task<Reply> HandleAsync(Session session, RedirectCommand command, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        var from = command.From is null ? session.Actor : await directory.PersonAsync(session.Workspace, command.From, cancellationToken);
        var to = await directory.PersonAsync(session.Workspace, command.To, cancellationToken);
        var result = request.Redirect(session.Actor, from, to, session.Now, schedule);
        return Outcome(result, request, $"{request.Key} now waits on {to.DisplayName}, with a fresh clock.", $"Only a stakeholder of {request.Key} (or its requester) can hand it to someone else, and not to the requester.");
    }

    public async Task<Reply> HandleAsync(Session session, EscalateToCommand command, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        var target = await directory.PersonAsync(session.Workspace, command.Target, cancellationToken);
        var result = request.SetEscalationTarget(session.Actor, target, session.Now, schedule);
        return Outcome(result, request, $"Silence on {request.Key} will now be escalated to {target.DisplayName}.", $"Only {request.Requester.DisplayName}, who asked, can choose where {request.Key} escalates.");
    }

    public Task<Reply> HandleAsync(Session session, ResolveCommand command, CancellationToken cancellationToken) =>
        CloseAsync(session, command.RequestNumber, cancel: false, command.Note, cancellationToken);

    public Task<Reply> HandleAsync(Session session, CancelCommand command, CancellationToken cancellationToken) =>
        CloseAsync(session, command.RequestNumber, cancel: true, null, cancellationToken);

    private async Task<Reply> CloseAsync(Session session, int number, bool cancel, string? note, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(session.Workspace, number, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(number);
        }

        var result = cancel ? request.Cancel(session.Actor, session.Now, note) : request.Resolve(session.Actor, session.Now, note);
        var verb = cancel ? "cancelled" : "resolved";
        return Outcome(result, request, $"{request.Key} is {verb}; no more follow-ups.", $"Only {request.Requester.DisplayName}, who asked, can close {request.Key}.");
    }

    private Reply Outcome(ChangeResult result, CoordinationRequest request, string applied, string notAllowed) =>
        RequestReplies.Outcome(result, request, schedule.Policy.MaxAttempts, applied, notAllowed);
}
