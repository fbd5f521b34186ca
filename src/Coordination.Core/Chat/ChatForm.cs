namespace Coordination.Core.Chat;

/// <summary>
/// What kind of input a <see cref="FormField"/> is, and so the value it submits (each platform's adapter reads its
/// own picker back to this one format; <see cref="FormValues"/> reads them).
/// </summary>
public enum FormFieldKind
{
    /// <summary>One line of text; submits the text.</summary>
    Text = 0,

    /// <summary>Several lines of text (next steps, one per line, may @-mention their owners); submits the text.</summary>
    LongText = 1,

    /// <summary>One person of the workspace; the platform's own picker where it has one. Submits the platform user id.</summary>
    Person = 2,

    /// <summary>A yes/no choice; submits <c>true</c> when on.</summary>
    Toggle = 3,

    /// <summary>A calendar date (no time, no zone: the reader applies the person's own zone); submits <c>yyyy-MM-dd</c>.</summary>
    Date = 4,

    /// <summary>One of the field's <see cref="FormField.Options"/>; submits the chosen option's <see cref="FormOption.Value"/>.</summary>
    Choice = 5,

    /// <summary>
    /// Several people of the workspace; submits their platform user ids separated by spaces (Teams' multi-select joins
    /// them with commas, which <see cref="FormValues.People"/> reads too).
    /// </summary>
    People = 6,

    /// <summary>A channel to post in; submits the platform's channel (conversation) id.</summary>
    Conversation = 7,
}

/// <summary>One option of a <see cref="FormFieldKind.Choice"/> (or a conversation to choose): what it submits and what people read.</summary>
public sealed record FormOption(string Value, string Label);

/// <summary>One input of a <see cref="ChatForm"/>; its value comes back under <see cref="Id"/>.</summary>
public sealed record FormField(string Id, string Label, FormFieldKind Kind, bool Required = false, string? Hint = null)
{
    /// <summary>For <see cref="FormFieldKind.Person"/> and <see cref="FormFieldKind.People"/> where the platform has no picker: the people to choose from, the default first.</summary>
    public IReadOnlyList<Mention> Choices { get; init; } = [];

    /// <summary>
    /// For <see cref="FormFieldKind.Choice"/>: the options, in order; for <see cref="FormFieldKind.Conversation"/> where
    /// the platform has no picker: the channels to choose from.
    /// </summary>
    public IReadOnlyList<FormOption> Options { get; init; } = [];

    /// <summary>The value the field starts with, in the format its kind submits (a date as <c>yyyy-MM-dd</c>, a choice as its option's value).</summary>
    public string? Value { get; init; }
}

/// <summary>
/// A form the bot opens (a Slack modal, a Teams card with inputs, a dialog on the local page). Submitting it sends
/// <see cref="Kind"/>, the <see cref="State"/> it was opened with and each field's value back; where a platform shows
/// no forms, the message's text stands in for it.
/// </summary>
public sealed record ChatForm(string Kind, string Title, string SubmitLabel, IReadOnlyList<FormField> Fields, FormState State)
{
    /// <summary>Set when the form is shown again after a submission it could not use: the field to fix and why.</summary>
    public FormProblem? Problem { get; init; }

    /// <summary>The form again, each field holding what was submitted, with <paramref name="problem"/> shown on its field.</summary>
    public ChatForm Refilled(IReadOnlyDictionary<string, string> values, FormProblem problem)
    {
        ArgumentNullException.ThrowIfNull(values);
        return this with
        {
            Fields = [.. Fields.Select(f => values.TryGetValue(f.Id, out var value) ? f with { Value = value } : f)],
            Problem = problem,
        };
    }
}

/// <summary>What is wrong with a submitted form: the field (its id) and the message to show on it.</summary>
public sealed record FormProblem(string Field, string Message);

/// <summary>What a form remembers between opening and submitting: where it was opened and the request it is about.</summary>
public sealed record FormState(ThreadRef Where, int? RequestNumber = null)
{
    private const char Separator = '|';

    /// <summary><c>n|channel|thread</c>; the number and the thread may be empty.</summary>
    public override string ToString() => $"{RequestNumber}{Separator}{Where.Channel}{Separator}{Where.ThreadId}";

    public static FormState? Parse(string? value)
    {
        if (value?.Split(Separator) is not [var number, { Length: > 0 } channel, var thread])
        {
            return null;
        }

        int? request = int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
        return number.Length > 0 && request is null ? null : new FormState(new ThreadRef(channel, thread.Length == 0 ? null : thread), request);
    }
}
