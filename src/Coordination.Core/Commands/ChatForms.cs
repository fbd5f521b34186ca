using Coordination.Core.Chat;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>
/// The forms the bot opens: the decision template (<c>decide</c> alone) and pasted meeting notes (<c>notes</c> alone),
/// and how a submitted one becomes the command it stands for.
/// </summary>
public static class ChatForms
{
    public const string Decision = "decision";
    public const string Notes = "notes";

    public const string DecisionText = "decision";
    public const string OptionsConsidered = "options";
    public const string Rationale = "rationale";
    public const string Owner = "owner";
    public const string NextSteps = "next";
    public const string LongTerm = "long-term";
    public const string NotesText = "notes";

    /// <summary>The decision template; the owner is the person who opened it unless they choose someone else.</summary>
    public static ChatForm ForDecision(FormState state, IReadOnlyList<Mention> people) => new(Decision, "Record a decision", "Record", [
        new FormField(DecisionText, "Decision", FormFieldKind.LongText, Required: true, "What was decided"),
        new FormField(OptionsConsidered, "Options considered", FormFieldKind.LongText, Hint: "What else was on the table"),
        new FormField(Rationale, "Rationale", FormFieldKind.LongText, Hint: "Why this option"),
        new FormField(Owner, "Owner", FormFieldKind.Person) { Choices = people, Value = people.Count > 0 ? people[0].PlatformUserId : null },
        new FormField(NextSteps, "Next steps", FormFieldKind.LongText, Hint: "One per line: @owner action by date"),
        new FormField(LongTerm, "Long-term decision (it shapes strategy)", FormFieldKind.Toggle),
    ], state);

    public static ChatForm ForNotes(FormState state) => new(Notes, "Meeting notes", "Summarise", [
        new FormField(NotesText, "Notes", FormFieldKind.LongText, Required: true, "Paste the notes: decided: …, @owner will … by …, TODO …"),
    ], state);

    /// <summary>The field a problem not about any one field is shown at: the form's first.</summary>
    public static string FirstField(string kind) => kind == Notes ? NotesText : DecisionText;

    /// <summary>The command a submitted form stands for, or a <see cref="FormProblemCommand"/> naming the field to fix.</summary>
    public static ChatCommand Read(SubmitFormCommand form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var context = form.Context with { Where = form.State.Where };
        return form.Kind switch
        {
            Decision => ReadDecision(form, context),
            Notes when Value(form, NotesText) is { Length: > 0 } notes => new NotesCommand(context, notes),
            Notes => new FormProblemCommand(context, NotesText, "Paste the notes to summarise."),
            FollowUpForm.Kind => FollowUpForm.Read(form, context),
            _ => new HelpCommand(context, Problem: "That form is not one of mine."),
        };
    }

    private static ChatCommand ReadDecision(SubmitFormCommand form, CommandContext context)
    {
        var text = Display(Value(form, DecisionText) ?? string.Empty);
        var rationale = Value(form, Rationale);
        var options = Value(form, OptionsConsidered);
        var problem = (text.Length, rationale?.Length ?? 0, options?.Length ?? 0) switch
        {
            (0, _, _) => (DecisionText, "Write what was decided."),
            (> CommandParser.MaxTitleLength, _, _) => (DecisionText, $"Keep the decision under {CommandParser.MaxTitleLength} characters ({text.Length} now) and put details in the rationale."),
            (_, > CommandParser.MaxNoteLength, _) => (Rationale, $"Keep the rationale under {CommandParser.MaxNoteLength} characters ({rationale!.Length} now)."),
            (_, _, > CommandParser.MaxNoteLength) => (OptionsConsidered, $"Keep the options under {CommandParser.MaxNoteLength} characters ({options!.Length} now)."),
            _ => default((string, string)?),
        };
        if (problem is var (field, message))
        {
            return new FormProblemCommand(context, field, message);
        }

        var steps = CommandParser.ParseNextSteps(Value(form, NextSteps) ?? string.Empty, context);
        if (steps.Problem is { Problem: { } stepProblem })
        {
            return new FormProblemCommand(context, NextSteps, stepProblem);
        }

        var owner = Value(form, Owner) is { } id ? new PersonRef(id) : null;
        return new DecideCommand(context, text, steps.Steps, form.State.RequestNumber, IsOn(Value(form, LongTerm)), rationale)
        {
            Options = options,
            Owner = owner?.PlatformUserId == context.Actor.PlatformUserId ? null : owner,
        };
    }

    /// <summary>A submitted field's value, trimmed; <c>null</c> when it was left empty.</summary>
    internal static string? Value(SubmitFormCommand form, string field) =>
        form.Values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsOn(string? value) => value?.ToLowerInvariant() is "true" or "on" or "yes" or "1" or LongTerm;
}
