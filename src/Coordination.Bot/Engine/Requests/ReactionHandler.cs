using Coordination.Bot.Telemetry;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Requests;

/// <summary>
/// A reaction in a request's thread: the reactor's Done or Acknowledge on each open request there that waits on them,
/// through the same check as the buttons (only a stakeholder may answer). Anyone else's reaction is refused without a
/// word, so nothing is saved or posted; an accepted one says nothing back either, beyond what Done posts in the thread.
/// </summary>
public sealed class ReactionHandler(RequestLookup requests, CoordinationTelemetry telemetry) : ICommandHandler<ReactionCommand>
{
    public async Task<Reply> HandleAsync(Session session, ReactionCommand command, CancellationToken cancellationToken)
    {
        var where = command.Context.Where;
        var open = where.ThreadId is null ? [] : await requests.OpenIn(session.Workspace, where).ToListAsync(cancellationToken);
        var kind = command.Answer == ReactionAnswer.Done ? AttemptKind.Done : AttemptKind.Acknowledge;
        var answered = open.Count(r => r.Respond(session.Actor, kind, session.Now) == ChangeResult.Applied);
        telemetry.AnswersRecorded(session.Workspace, answered);
        return new Reply(string.Empty, Succeeded: answered > 0);
    }
}
