using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Forms;

/// <summary>
/// The forms: the decision template, meeting notes, and a request's Not me, Decline and Snooze; opening one, and
/// running a submitted one as the command it stands for (whose handler checks who may do it). A submission that
/// fails answers with the form again, filled in as submitted and the problem on its field (else on the first).
/// </summary>
public sealed class FormHandler(CoordinationDbContext db, CommandDispatcher dispatcher, FollowUpSchedule schedule, FormChoices choices)
    : ICommandHandler<OpenFormCommand>,
      ICommandHandler<SubmitFormCommand>
{
    private const string DecisionTemplate =
        "To record a decision: `decide [CR-n] <what was decided> [because <why>] [long-term] next: @owner <action> by <date>; @owner <action>`";

    private const string NotesTemplate = "Paste the meeting notes after `notes`; I'll pick out the decisions and action items.";

    /// <summary>A form, with its text for where forms cannot be shown: the command form to write instead.</summary>
    public async Task<Reply> HandleAsync(Session session, OpenFormCommand command, CancellationToken cancellationToken) =>
        await OpenAsync(session, command.Kind, command.State, cancellationToken) is { } form
            ? new Reply(StandIn(form)) { Form = form }
            : Reply.Failure("That form is not one of mine.");

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

        var submitted = command with { Values = values };
        var read = RequestForms.IsOne(command.Kind) ? RequestForms.Read(submitted, schedule.CalendarOf(session.Actor), session.Now) : ChatForms.Read(submitted);
        var reply = read is DecideCommand or NotesCommand or RedirectCommand or DeclineCommand or SnoozeCommand or FormProblemCommand or HelpCommand or AskCommand
            ? await dispatcher.DispatchAsync(session, read, cancellationToken)
            : Reply.Failure($"That form cannot run {read.GetType().Name}.");
        if (!reply.Succeeded && await OpenAsync(session, command.Kind, command.State, cancellationToken) is { Fields: [var first, ..] } again)
        {
            // A problem not about one field (not allowed, no such request) is shown at the form's first.
            var field = reply.Field ?? first.Id;
            return reply with { Field = field, Form = again.Refilled(values, new FormProblem(field, reply.Text)) };
        }

        if (reply.Succeeded && read is RedirectCommand redirect && RequestForms.NoteOf(submitted) is { } note)
        {
            var text = $"Note from {session.Actor.Mention.Token} on handing {RequestKey.Format(redirect.RequestNumber)} over: {note}";
            db.QueuePost(session.Workspace, command.State.Where, text, [session.Actor.Mention], $"handover-note:{Guid.CreateVersion7():N}", session.Now);
        }

        return reply;
    }

    private async Task<ChatForm?> OpenAsync(Session session, string kind, FormState state, CancellationToken cancellationToken) => kind switch
    {
        ChatForms.Decision => ChatForms.ForDecision(state, await choices.PeopleAsync(session, withActor: true, cancellationToken)),
        ChatForms.Notes => ChatForms.ForNotes(state),
        RequestForms.NotMe => RequestForms.Open(kind, state, await choices.PeopleAsync(session, withActor: false, cancellationToken)),
        RequestForms.Decline or RequestForms.Snooze => RequestForms.Open(kind, state, []),
        FollowUpForm.Kind => FollowUpForm.For(state, FollowUpDraft.Empty, await choices.PeopleAsync(session, withActor: true, cancellationToken), state.Where.ThreadId is null ? [] : null),
        _ => null,
    };

    private static string StandIn(ChatForm form)
    {
        var key = RequestKey.Format(form.State.RequestNumber ?? 0);
        return form.Kind switch
        {
            ChatForms.Decision => DecisionTemplate,
            ChatForms.Notes => NotesTemplate,
            FollowUpForm.Kind => "Write `ask @person <what you need> [by <date>]` in the channel or thread it belongs in.",
            RequestForms.NotMe => $"Tell me who should answer {key} instead: `redirect {key} @person`.",
            RequestForms.Decline => $"Tell me why you decline {key}: `decline {key} <reason>`.",
            _ => $"Tell me how long to snooze {key}: `snooze {key} 1d` (or `3d`, `1 week`).",
        };
    }

    /// <summary>The workspace's people, as the names a form's text may give them (forms are rare; workspaces are small).</summary>
    private async Task<IReadOnlyList<Mention>> PeopleNamedAsync(Session session, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking()
            .Where(p => p.WorkspaceId == session.Workspace.Id)
            .Select(p => new Mention(p.PlatformUserId, p.DisplayName))
            .ToListAsync(cancellationToken);
}
