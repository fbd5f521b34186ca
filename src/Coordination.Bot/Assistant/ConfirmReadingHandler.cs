using Coordination.Bot.Engine;
using Coordination.Core.Commands;

namespace Coordination.Bot.Assistant;

/// <summary>
/// Confirm or Edit under what the assistant read a sentence as. Only the writer may press; Confirm runs exactly the
/// sealed command as them, once; Edit answers with the command to copy and change. Without the assistant configured
/// (no <see cref="SealedReadings"/>) no such button can be valid.
/// </summary>
public sealed class ConfirmReadingHandler(CommandRoutes routes, IServiceProvider services, ILogger<ConfirmReadingHandler> logger, SealedReadings? readings = null)
    : ICommandHandler<ConfirmReadingCommand>
{
    public async Task<Reply> HandleAsync(Session session, ConfirmReadingCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var presser = command.Context;
        if (readings?.Open(command.State) is not { } reading)
        {
            return Reply.Failure("That suggestion has expired or is not one of mine. Write what you need again.");
        }

        if (reading.Platform != presser.Platform || reading.WorkspaceId != presser.WorkspaceId || reading.WriterId != presser.Actor.PlatformUserId)
        {
            return Reply.Failure("Only the person who wrote it can confirm or edit what I read it as.");
        }

        if (command.Edit)
        {
            return new Reply($"Copy it, change what needs changing, and send it:\n`{AssistantReader.Shown(reading.Command)}`", Succeeded: false);
        }

        var proposed = CommandParser.Parse(reading.Command, presser);
        if (proposed is HelpCommand or ConfirmCommand or ConfirmReadingCommand || routes.Find(proposed.GetType()) is not { } route)
        {
            return Reply.Failure("I can no longer read that as a command. Write what you need again.");
        }

        if (!readings.TryConfirm(reading, command))
        {
            return Reply.Failure("Already done: that was confirmed once.");
        }

        var reply = await route.HandleAsync(services, session, proposed, cancellationToken);
        if (!reply.Succeeded)
        {
            readings.Release(reading, command);
        }

        Log.AssistantReadingConfirmed(logger, presser.Actor.PlatformUserId, reading.Id);
        return reply;
    }
}
