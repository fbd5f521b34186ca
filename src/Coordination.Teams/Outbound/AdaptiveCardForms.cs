using System.Text.Json.Nodes;
using Coordination.Core.Chat;

namespace Coordination.Teams.Outbound;

/// <summary>
/// A <see cref="ChatForm"/> as Adaptive Card inputs under the card's text, with one <c>Action.Execute</c>
/// (<c>verb</c> <see cref="SubmitVerb"/>) whose <c>data</c> names the form and its state; Teams merges each input's
/// value into that data under the input's id (the field's id). A date is an <c>Input.Date</c>, a choice a compact
/// <c>Input.ChoiceSet</c>; people (one, or several with <c>isMultiSelect</c>) a filtered choice set of the form's
/// choices that also searches the workspace as people type (<c>choices.data</c>, a <c>Data.Query</c> of
/// <see cref="PeopleDataset"/>, answered by the bot's <c>application/search</c> invoke); a conversation a choice set
/// of the channels given as its options, else a text input for the channel's id. A problem with a submission shows
/// under its field.
/// </summary>
public static class AdaptiveCardForms
{
    public const string SubmitVerb = "submit-form";

    /// <summary>The <c>dataset</c> of a people picker's typeahead search.</summary>
    public const string PeopleDataset = "people";

    public static void AddTo(JsonObject card, ChatForm form)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(form);
        var body = card["body"] as JsonArray ?? [];
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = form.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true });
        foreach (var field in form.Fields)
        {
            body.Add(Input(field));
            if (form.Problem is { } problem && problem.Field == field.Id)
            {
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = problem.Message, ["color"] = "Attention", ["wrap"] = true, ["spacing"] = "None" });
            }
        }

        card["body"] = body;
        card["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = form.SubmitLabel,
            ["verb"] = SubmitVerb,
            ["style"] = "positive",
            ["data"] = new JsonObject { ["action"] = SubmitVerb, ["form"] = form.Kind, ["state"] = form.State.ToString() },
        });
    }

    private static JsonObject Input(FormField field)
    {
        var input = field.Kind switch
        {
            FormFieldKind.Toggle => new JsonObject { ["type"] = "Input.Toggle", ["title"] = field.Label, ["valueOn"] = "true", ["valueOff"] = "false", ["value"] = field.Value ?? "false" },
            FormFieldKind.Person or FormFieldKind.People => People(field),
            FormFieldKind.Date => new JsonObject { ["type"] = "Input.Date" },
            FormFieldKind.Choice => Choices(field.Options),
            FormFieldKind.Conversation when field.Options.Count > 0 => Choices(field.Options),
            _ => new JsonObject
            {
                ["type"] = "Input.Text",
                ["isMultiline"] = field.Kind == FormFieldKind.LongText,
                ["placeholder"] = field.Hint ?? string.Empty,
            },
        };
        input["id"] = field.Id;
        if (field.Kind != FormFieldKind.Toggle)
        {
            input["label"] = field.Label;
            if (field.Value is { Length: > 0 } value)
            {
                input["value"] = value;
            }
        }

        if (field.Required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = $"{field.Label} is required.";
        }

        return input;
    }

    private static JsonObject Choices(IReadOnlyList<FormOption> options) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["style"] = "compact",
        ["choices"] = new JsonArray([.. options.Select(o => new JsonObject { ["title"] = o.Label, ["value"] = o.Value })]),
    };

    /// <summary>The form's choices at once, and the workspace's people by name as they type.</summary>
    private static JsonObject People(FormField field)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["style"] = "filtered",
            ["choices"] = new JsonArray([.. field.Choices.Select(c => new JsonObject { ["title"] = c.DisplayName, ["value"] = c.PlatformUserId })]),
            ["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = PeopleDataset },
            ["placeholder"] = field.Hint ?? "Type a name",
        };
        if (field.Kind == FormFieldKind.People)
        {
            input["isMultiSelect"] = true;
        }

        return input;
    }
}
