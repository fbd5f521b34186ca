using Coordination.Core.Commands;

namespace Coordination.Bot.Engine;

/// <summary>
/// Handles one kind of command for the session's actor. It only changes tracked state and queues messages:
/// <see cref="CommandHandler"/> owns the transaction, and saves only when the reply succeeded.
/// </summary>
public interface ICommandHandler<TCommand>
    where TCommand : ChatCommand
{
    Task<Reply> HandleAsync(Session session, TCommand command, CancellationToken cancellationToken);
}
