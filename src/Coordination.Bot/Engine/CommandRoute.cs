using Coordination.Core.Commands;

namespace Coordination.Bot.Engine;

/// <summary>One row of the dispatch table: commands of <see cref="CommandType"/> go to the scoped handler registered for them.</summary>
public sealed class CommandRoute
{
    private readonly Func<IServiceProvider, Session, ChatCommand, CancellationToken, Task<Reply>> _handle;

    private CommandRoute(Type commandType, Func<IServiceProvider, Session, ChatCommand, CancellationToken, Task<Reply>> handle)
    {
        CommandType = commandType;
        _handle = handle;
    }

    public Type CommandType { get; }

    public static CommandRoute To<TCommand, THandler>()
        where TCommand : ChatCommand
        where THandler : ICommandHandler<TCommand> =>
        new(typeof(TCommand), (services, session, command, cancellationToken) =>
            services.GetRequiredService<THandler>().HandleAsync(session, (TCommand)command, cancellationToken));

    /// <summary>Resolves the handler from <paramref name="services"/> (the command's scope) and hands it the command.</summary>
    public Task<Reply> HandleAsync(IServiceProvider services, Session session, ChatCommand command, CancellationToken cancellationToken) =>
        _handle(services, session, command, cancellationToken);
}
