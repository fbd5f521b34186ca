using System.Text.Json.Nodes;
using Coordination.Core.Chat;

namespace Coordination.Slack.Outbound;

/// <summary>
/// A <see cref="ChatForm"/> as a Slack modal view for <c>views.open</c>, and a submitted view's state back as the
/// values by field id. Each field is an <c>input</c> block whose block and action ids are the field's id; people are
/// a <c>users_select</c>, long text a <c>rich_text_input</c> (so next steps can @-mention their owners), a toggle one
/// checkbox. The form's kind is the view's <c>callback_id</c>, its state the <c>private_metadata</c>; a submitted
/// view is read back by <see cref="Inbound.SlackViewState"/>.
/// </summary>
public static class SlackModalRenderer
{
    /// <summary>Slack's limit on a modal's title.</summary>
    private const int MaxTitle = 24;

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
            ["blocks"] = new JsonArray([.. form.Fields.Select(field => Input(field, userId))]),
        };
    }

    private static JsonObject Input(FormField field, string userId)
    {
        var block = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = field.Id,
            ["optional"] = !field.Required,
            ["label"] = PlainText(field.Label),
            ["element"] = Element(field, userId),
        };
        if (field.Hint is { } hint && field.Kind is FormFieldKind.LongText or FormFieldKind.Text)
        {
            block["hint"] = PlainText(hint);
        }

        return block;
    }

    private static JsonObject Element(FormField field, string userId) => field.Kind switch
    {
        FormFieldKind.Person => new JsonObject { ["type"] = "users_select", ["action_id"] = field.Id, ["initial_user"] = userId },
        FormFieldKind.Toggle => new JsonObject
        {
            ["type"] = "checkboxes",
            ["action_id"] = field.Id,
            ["options"] = new JsonArray(new JsonObject { ["text"] = PlainText("Yes"), ["value"] = "true" }),
        },
        FormFieldKind.LongText => new JsonObject { ["type"] = "rich_text_input", ["action_id"] = field.Id },
        _ => new JsonObject { ["type"] = "plain_text_input", ["action_id"] = field.Id },
    };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text };
}
