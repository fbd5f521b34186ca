using System.Text.Json.Nodes;
using Coordination.Core.Chat;

namespace Coordination.Slack.Outbound;

/// <summary>
/// A <see cref="ChatForm"/> as a Slack modal view for <c>views.open</c>, and a submitted view's state back as the
/// values by field id. Each field is an <c>input</c> block whose block and action ids are the field's id; a person is
/// a <c>users_select</c>, several a <c>multi_users_select</c>, long text a <c>rich_text_input</c> (so next steps can
/// @-mention their owners), a toggle one checkbox, a date a <c>datepicker</c>, a choice <c>radio_buttons</c> (a
/// <c>static_select</c> past <see cref="MaxRadioOptions"/>), a conversation a <c>conversations_select</c> of public
/// and private channels. A field's <see cref="FormField.Value"/> is its element's initial value. The form's kind is
/// the view's <c>callback_id</c>, its state the <c>private_metadata</c>; a submitted view is read back by
/// <see cref="Inbound.SlackViewState"/>.
/// </summary>
public static class SlackModalRenderer
{
    /// <summary>Slack's limit on a modal's title.</summary>
    private const int MaxTitle = 24;

    /// <summary>The most options shown as radio buttons; more are a drop-down.</summary>
    private const int MaxRadioOptions = 5;

    /// <summary>The modal; <paramref name="userId"/> is who opens it (kept for callers, the fields carry their own initial values).</summary>
    public static JsonObject Render(ChatForm form, string userId)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = form.Kind,
            ["private_metadata"] = form.State.ToString(),
            ["title"] = PlainText(form.Title.Length <= MaxTitle ? form.Title : form.Title[..MaxTitle]),
            ["submit"] = PlainText(form.SubmitLabel),
            ["close"] = PlainText("Cancel"),
            ["blocks"] = new JsonArray([.. form.Fields.Select(field => Input(field, form.State))]),
        };
    }

    private static JsonObject Input(FormField field, FormState state)
    {
        var block = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = field.Id,
            ["optional"] = !field.Required,
            ["label"] = PlainText(field.Label),
            ["element"] = Element(field, state),
        };
        if (field.Hint is { } hint)
        {
            block["hint"] = PlainText(hint);
        }

        return block;
    }

    private static JsonObject Element(FormField field, FormState state)
    {
        var element = field.Kind switch
        {
            FormFieldKind.Person => Initial(new JsonObject { ["type"] = "users_select" }, "initial_user", field.Value),
            FormFieldKind.People => People(field),
            FormFieldKind.Toggle => new JsonObject { ["type"] = "checkboxes", ["options"] = new JsonArray(Option(new FormOption("true", "Yes"))) },
            FormFieldKind.LongText => Initial(new JsonObject { ["type"] = "rich_text_input" }, "initial_value", field.Value is { } text ? RichText(text) : null),
            FormFieldKind.Date => Initial(new JsonObject { ["type"] = "datepicker" }, "initial_date", FormValues.Date(field.Value) is { } date ? FormValues.Format(date) : null),
            FormFieldKind.Choice => Choice(field),
            FormFieldKind.Conversation => Conversation(field, state),
            _ => Initial(new JsonObject { ["type"] = "plain_text_input" }, "initial_value", field.Value),
        };
        element["action_id"] = field.Id;
        return element;
    }

    private static JsonObject People(FormField field) =>
        Initial(new JsonObject { ["type"] = "multi_users_select" }, "initial_users", FormValues.People(field.Value) is { Count: > 0 } ids ? new JsonArray([.. ids.Select(id => JsonValue.Create(id))]) : null);

    private static JsonObject Choice(FormField field)
    {
        var element = new JsonObject
        {
            ["type"] = field.Options.Count <= MaxRadioOptions ? "radio_buttons" : "static_select",
            ["options"] = new JsonArray([.. field.Options.Select(Option)]),
        };
        return Initial(element, "initial_option", field.Options.FirstOrDefault(o => o.Value == field.Value) is { } initial ? Option(initial) : null);
    }

    /// <summary>Public and private channels; the one the form was opened in first, when it was opened in one.</summary>
    private static JsonObject Conversation(FormField field, FormState state)
    {
        var element = new JsonObject
        {
            ["type"] = "conversations_select",
            ["filter"] = new JsonObject { ["include"] = new JsonArray("public", "private"), ["exclude_bot_users"] = true },
        };
        if (field.Value is { Length: > 0 } initial)
        {
            element["initial_conversation"] = initial;
        }
        else if (state.Where.Channel is [('C' or 'G'), ..])
        {
            element["default_to_current_conversation"] = true;
        }

        return element;
    }

    private static JsonObject Initial(JsonObject element, string property, JsonNode? value)
    {
        if (value is not null && (value is not JsonValue text || text.ToString().Length > 0))
        {
            element[property] = value;
        }

        return element;
    }

    private static JsonObject Initial(JsonObject element, string property, string? value) =>
        Initial(element, property, value is null ? null : JsonValue.Create(value));

    private static JsonObject Option(FormOption option) => new() { ["text"] = PlainText(option.Label), ["value"] = option.Value };

    private static JsonObject RichText(string text) => new()
    {
        ["type"] = "rich_text",
        ["elements"] = new JsonArray(new JsonObject
        {
            ["type"] = "rich_text_section",
            ["elements"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
        }),
    };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text };
}
