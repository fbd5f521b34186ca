using Coordination.Bot.Engine.Satisfaction;
using Coordination.Core.Commands;

namespace Coordination.Bot.Engine;

/// <summary>Sends a command to the handler the dispatch table names for its runtime type, resolved in the current scope.</summary>
public sealed class CommandDispatcher(CommandRoutes routes, IServiceProvider services, SatisfactionSurvey survey)
{
    /// <summary>After a command that resolved a request, its requester is asked how it went (see <see cref="SatisfactionSurvey"/>).</summary>
    public async Task<Reply> DispatchAsync(Session session, ChatCommand command, CancellationToken cancellationToken)
    {
        if (routes.Find(command.GetType()) is not { } route)
        {
            return Reply.Failure($"I don't know how to handle {command.GetType().Name}.");
        }

        var reply = await route.HandleAsync(services, session, command, cancellationToken);
        if (reply.Succeeded)
        {
            await survey.AskAfterResolvedAsync(session, cancellationToken);
        }

        return reply;
    }
}
