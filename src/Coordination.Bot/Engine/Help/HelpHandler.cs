using Coordination.Bot.Assistant;
using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Bot.Engine.Help;

/// <summary>Commands that need nothing from the workspace: usage, a form's problem, and free text understood only in part.</summary>
/// <remarks>With the assistant configured, words nothing else could read are offered to it first (<see cref="AssistantReader"/>).</remarks>
public sealed class HelpHandler(AssistantReader? assistant = null)
    : ICommandHandler<HelpCommand>,
      ICommandHandler<FormProblemCommand>,
      ICommandHandler<ConfirmCommand>
{
    public async Task<Reply> HandleAsync(Session session, HelpCommand command, CancellationToken cancellationToken) =>
        assistant is not null && await assistant.ReadAsync(command, cancellationToken) is { } reading
            ? reading
            : command.Problem is null
                ? new Reply(CommandUsage.For(command.Verb))
                : Reply.Failure($"{command.Problem}\n{CommandUsage.For(command.Verb)}");

    public Task<Reply> HandleAsync(Session session, FormProblemCommand command, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Failure(command.Problem) with { Field = command.Field });

    /// <summary>Free text understood only in part: say what was understood, with Confirm / Edit, and change nothing yet.</summary>
    public Task<Reply> HandleAsync(Session session, ConfirmCommand command, CancellationToken cancellationToken) =>
        Task.FromResult(new Reply($"I understood: {command.Understood}. Is that right?", Succeeded: false) { Buttons = MessageButton.ForConfirmation(command.Text) });
}
