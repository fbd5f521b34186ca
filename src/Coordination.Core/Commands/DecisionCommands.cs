using Coordination.Core.Chat;

namespace Coordination.Core.Commands;

/// <summary>One next step of a decision: who does what, by when. It becomes a request on its owner.</summary>
public sealed record NextStepSpec(PersonRef Owner, string Action, DueDate? Due = null);

/// <summary>
/// <c>decide [CR-n] &lt;decision&gt; [next: @x &lt;action&gt; [by &lt;date&gt;]; @y …]</c>: records a decision (settling
/// request <see cref="RequestNumber"/> when given) and turns each next step into a request on its owner. With no
/// <see cref="Text"/> it opens the decision template instead.
/// </summary>
public sealed record DecideCommand(
    CommandContext Context,
    string Text,
    IReadOnlyList<NextStepSpec> NextSteps,
    int? RequestNumber = null,
    bool LongTerm = false,
    string? Rationale = null) : ChatCommand(Context)
{
    /// <summary>The options that were weighed (from the decision form).</summary>
    public string? Options { get; init; }

    /// <summary>Who owns the decision, when not the person recording it (from the decision form).</summary>
    public PersonRef? Owner { get; init; }
}

/// <summary><c>next D-n @x &lt;action&gt; [by &lt;date&gt;]</c>: adds a next step to a recorded decision.</summary>
public sealed record AddNextStepCommand(CommandContext Context, int DecisionNumber, NextStepSpec Step) : ChatCommand(Context);

/// <summary><c>decisions [open|all]</c>: decisions with their next steps' state (open: those with a step still open or none at all).</summary>
public sealed record DecisionsCommand(CommandContext Context, bool All = false) : ChatCommand(Context);

/// <summary>The "Proceed with the default" button: the request's default becomes its decision, and the request resolves.</summary>
public sealed record ProceedWithDefaultCommand(CommandContext Context, int RequestNumber) : ChatCommand(Context);

/// <summary><c>team &lt;name&gt; @a @b …</c>: defines (or redefines) a named team in the workspace.</summary>
public sealed record DefineTeamCommand(CommandContext Context, string Name, IReadOnlyList<PersonRef> Members) : ChatCommand(Context);

/// <summary><c>coordinate &lt;what&gt; with &lt;team&gt;</c>: an ask of every member of a named team.</summary>
public sealed record AskTeamCommand(CommandContext Context, string Title, string TeamName, DueDate? Due = null) : ChatCommand(Context);

/// <summary>
/// <c>away [@person] until &lt;date&gt; [delegate @x]</c>: the clocks of <see cref="Person"/> (the actor when omitted) pause,
/// or their asks and nudges go to the delegate.
/// </summary>
public sealed record AwayCommand(CommandContext Context, DueDate Until, PersonRef? Delegate = null, PersonRef? Person = null) : ChatCommand(Context);

/// <summary><c>back [@person]</c>: <see cref="Person"/> (the actor when omitted) is no longer away.</summary>
public sealed record BackCommand(CommandContext Context, PersonRef? Person = null) : ChatCommand(Context);

/// <summary><c>summarize [CR-n]</c>: a decision record of the thread (the command's, or the request's).</summary>
public sealed record SummarizeCommand(CommandContext Context, int? RequestNumber = null) : ChatCommand(Context);

/// <summary><c>notes &lt;text&gt;</c>: pasted meeting notes turned into decisions and action items.</summary>
public sealed record NotesCommand(CommandContext Context, string Text) : ChatCommand(Context);

/// <summary>
/// Free text the bot understood only in part: it answers with <see cref="Understood"/> and Confirm / Edit buttons
/// instead of guessing; Confirm runs <see cref="Proposed"/>.
/// </summary>
public sealed record ConfirmCommand(CommandContext Context, ChatCommand Proposed, string Understood) : ChatCommand(Context)
{
    /// <summary>The words as they were written, which the Confirm and Edit buttons carry.</summary>
    public string Text { get; init; } = string.Empty;
}

/// <summary>
/// The buttons under a posted decision record: track its action items as requests on their owners, or record its
/// decisions. The thread is read again (the summary is deterministic), so nothing is taken from the button but where.
/// </summary>
public sealed record AdoptSummaryCommand(CommandContext Context, ThreadRefValue Thread, bool Decisions) : ChatCommand(Context);

/// <summary>A thread written into a button's value: <c>channel|thread</c>.</summary>
public sealed record ThreadRefValue(string Channel, string ThreadId)
{
    public override string ToString() => $"{Channel}|{ThreadId}";

    public static ThreadRefValue? Parse(string? value) =>
        value?.Split('|') is [{ Length: > 0 } channel, { Length: > 0 } thread] ? new ThreadRefValue(channel, thread) : null;
}

/// <summary>Opens a form (<see cref="ChatForm.Kind"/>, e.g. the decision template) where it was asked for.</summary>
public sealed record OpenFormCommand(CommandContext Context, string Kind, FormState State) : ChatCommand(Context);

/// <summary>A submitted form: its kind, the state it was opened with, and each field's value by field id.</summary>
public sealed record SubmitFormCommand(CommandContext Context, string Kind, FormState State, IReadOnlyDictionary<string, string> Values)
    : ChatCommand(Context);

/// <summary>A form submitted with a field that cannot be used: the form shows <see cref="Problem"/> at <see cref="Field"/>.</summary>
public sealed record FormProblemCommand(CommandContext Context, string Field, string Problem) : ChatCommand(Context);
