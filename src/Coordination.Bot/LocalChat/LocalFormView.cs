using System.Text.Json.Serialization;
using Coordination.Core.Chat;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// A form as the local page's API gives it (camelCase JSON), for the page to show as a dialog: each field's
/// <see cref="LocalFormFieldView.Kind"/> is its <see cref="FormFieldKind"/> in lower case (<c>text</c>,
/// <c>longtext</c>, <c>person</c>, <c>toggle</c>, <c>date</c>, <c>choice</c>, <c>people</c>, <c>conversation</c>);
/// people and conversation fields without choices offer the workspace's people and channels.
/// </summary>
public sealed record LocalFormView(string Kind, string Title, string SubmitLabel, IReadOnlyList<LocalFormFieldView> Fields)
{
    public static LocalFormView Of(ChatForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form.Kind, form.Title, form.SubmitLabel, [.. form.Fields.Select(LocalFormFieldView.Of)]);
    }
}

public sealed record LocalFormFieldView(string Id, string Label, string Kind, bool Required, string? Hint, string? Value, IReadOnlyList<FormOption> Options)
{
    public static LocalFormFieldView Of(FormField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        IReadOnlyList<FormOption> options = field.Kind switch
        {
            FormFieldKind.Person or FormFieldKind.People when field.Choices.Count > 0 => [.. field.Choices.Select(c => new FormOption(c.PlatformUserId, c.DisplayName))],
            FormFieldKind.Person or FormFieldKind.People => [.. LocalWorkspace.People.Select(p => new FormOption(p.Id, p.Name))],
            _ => field.Options,
        };
        return new(field.Id, field.Label, field.Kind.ToString().ToLowerInvariant(), field.Required, field.Hint, field.Value, options);
    }
}

/// <summary><c>POST /local/forms</c>: the values (by field id) of the form on message <see cref="MessageId"/>, submitted by the person acting.</summary>
public sealed record LocalFormRequest([property: JsonPropertyName("as")] string? ActingAs, string? MessageId, IReadOnlyDictionary<string, string>? Values) : ILocalRequest;
