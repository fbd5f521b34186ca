namespace Coordination.Core.Chat;

public enum FormFieldKind
{
    /// <summary>One line of text.</summary>
    Text = 0,

    /// <summary>Several lines of text (next steps, one per line, may @-mention their owners).</summary>
    LongText = 1,

    /// <summary>One person of the workspace; the platform's own picker where it has one.</summary>
    Person = 2,

    /// <summary>A yes/no choice.</summary>
    Toggle = 3,
}

/// <summary>One input of a <see cref="ChatForm"/>; its value comes back under <see cref="Id"/>.</summary>
public sealed record FormField(string Id, string Label, FormFieldKind Kind, bool Required = false, string? Hint = null)
{
    /// <summary>For <see cref="FormFieldKind.Person"/> where the platform has no picker: the people to choose from, the default first.</summary>
    public IReadOnlyList<Mention> Choices { get; init; } = [];
}

/// <summary>
/// A form the bot opens (a Slack modal, a Teams card with inputs). Submitting it sends <see cref="Kind"/>, the
/// <see cref="State"/> it was opened with and each field's value back; where a platform shows no forms, the message's
/// text stands in for it.
/// </summary>
public sealed record ChatForm(string Kind, string Title, string SubmitLabel, IReadOnlyList<FormField> Fields, FormState State);

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
