using Coordination.Bot.Engine.Requests;
using Coordination.Core.Commands;
using Coordination.Core.Decisions;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;

namespace Coordination.Bot.Engine.Decisions;

/// <summary>The "Proceed with the default" button: the default becomes a decision, explained by the silence, and the request resolves.</summary>
public sealed class ProceedWithDefaultHandler(RequestLookup requests, DecisionBook book, FollowUpSchedule schedule) : ICommandHandler<ProceedWithDefaultCommand>
{
    public async Task<Reply> HandleAsync(Session session, ProceedWithDefaultCommand command, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        if (request.DefaultAction is not { } action)
        {
            return Reply.Failure($"{request.Key} has no default to proceed with.");
        }

        var number = await book.NextNumberAsync(session.Workspace, cancellationToken);
        var rationale = request.DefaultRationale();
        var result = request.ProceedWithDefault(session.Actor, Decision.Format(number), session.Now);
        if (result == ChangeResult.Applied)
        {
            book.Add(Decision.Record(
                session.Workspace.Id, number, action, session.Actor, request.Thread, session.Now, rationale, request, source: DecisionSource.Default));
        }

        return RequestReplies.Outcome(
            result, request, schedule.Policy.MaxAttempts,
            $"Recorded {Decision.Format(number)}: {action} ({rationale}). {request.Key} is resolved.", $"Only {request.Requester.DisplayName}, who asked, can take the default.");
    }
}
