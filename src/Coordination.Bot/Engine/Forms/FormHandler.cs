using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Forms;

/// <summary>The decision and notes forms: opening one, and running a submitted one as the command it stands for.</summary>
public sealed class FormHandler(CoordinationDbContext db, CommandDispatcher dispatcher)
    : ICommandHandler<OpenFormCommand>,
      ICommandHandler<SubmitFormCommand>
{
    /// <summary>The most people a form offers to choose from where the platform has no people picker of its own.</summary>
    private const int FormChoiceLimit = 50;

    private const string DecisionTemplate =
        "To record a decision: `decide [CR-n] <what was decided> [because <why>] [long-term] next: @owner <action> by <date>; @owner <action>`";

    private const string NotesTemplate = "Paste the meeting notes after `notes`; I'll pick out the decisions and action items.";

    /// <summary>A form, with its text for where forms cannot be shown: the command form to write instead.</summary>
    public async Task<Reply> HandleAsync(Session session, OpenFormCommand command, CancellationToken cancellationToken) => command.Kind switch
    {
        ChatForms.Decision => new Reply(DecisionTemplate) { Form = ChatForms.ForDecision(command.State, await FormChoicesAsync(session, cancellationToken)) },
        ChatForms.Notes => new Reply(NotesTemplate) { Form = ChatForms.ForNotes(command.State) },
        _ => Reply.Failure("That form is not one of mine."),
    };

    /// <summary>
    /// A submitted form runs as the command it stands for. Plain <c>@Name</c>s in it (a card's text input has no
    /// mentions) are read as the workspace's people of that name first.
    /// </summary>
    public async Task<Reply> HandleAsync(Session session, SubmitFormCommand command, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(command.Values, StringComparer.Ordinal);
        if (values.TryGetValue(ChatForms.NextSteps, out var steps) && NamedPeople.HasPlainNames(steps))
        {
            values[ChatForms.NextSteps] = NamedPeople.Resolve(steps, await PeopleNamedAsync(session, cancellationToken));
        }

        return ChatForms.Read(command with { Values = values }) switch
        {
            var read and (DecideCommand or NotesCommand or FormProblemCommand or HelpCommand or AskCommand) => await dispatcher.DispatchAsync(session, read, cancellationToken),
            var other => Reply.Failure($"That form cannot run {other.GetType().Name}."),
        };
    }

    /// <summary>The people a form offers as owner: the person filling it in first, then the workspace's people by name.</summary>
    private async Task<IReadOnlyList<Mention>> FormChoicesAsync(Session session, CancellationToken cancellationToken)
    {
        var others = await db.People.AsNoTracking()
            .Where(p => p.WorkspaceId == session.Workspace.Id && p.Id != session.Actor.Id)
            .OrderBy(p => p.DisplayName).Take(FormChoiceLimit - 1)
            .Select(p => new Mention(p.PlatformUserId, p.DisplayName))
            .ToListAsync(cancellationToken);
        return [session.Actor.Mention, .. others];
    }

    /// <summary>The workspace's people, as the names a form's text may give them (forms are rare; workspaces are small).</summary>
    private async Task<IReadOnlyList<Mention>> PeopleNamedAsync(Session session, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking()
            .Where(p => p.WorkspaceId == session.Workspace.Id)
            .Select(p => new Mention(p.PlatformUserId, p.DisplayName))
            .ToListAsync(cancellationToken);
}
