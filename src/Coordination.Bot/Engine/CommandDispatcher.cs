using Coordination.Core.Commands;

namespace Coordination.Bot.Engine;

/// <summary>Sends a command to the handler the dispatch table names for its runtime type, resolved in the current scope.</summary>
public sealed class CommandDispatcher(CommandRoutes routes, IServiceProvider services)
{
    public Task<Reply> DispatchAsync(Session session, ChatCommand command, CancellationToken cancellationToken) =>
        routes.Find(command.GetType()) is { } route
            ? route.HandleAsync(services, session, command, cancellationToken)
            : Task.FromResult(Reply.Failure($"I don't know how to handle {command.GetType().Name}."));
}
