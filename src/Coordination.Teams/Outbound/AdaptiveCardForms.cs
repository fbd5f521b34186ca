using System.Text.Json.Nodes;
using Coordination.Core.Chat;

namespace Coordination.Teams.Outbound;

/// <summary>
/// A <see cref="ChatForm"/> as Adaptive Card inputs under the card's text, with one <c>Action.Execute</c>
/// (<c>verb</c> <see cref="SubmitVerb"/>) whose <c>data</c> names the form and its state; Teams merges each input's
/// value into that data under the input's id (the field's id). People are a choice set of the form's choices.
/// </summary>
public static class AdaptiveCardForms
{
    public const string SubmitVerb = "submit-form";

    public static void AddTo(JsonObject card, ChatForm form)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(form);
        var body = card["body"] as JsonArray ?? [];
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = form.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true });
        foreach (var field in form.Fields)
        {
            body.Add(Input(field));
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
            FormFieldKind.Toggle => new JsonObject { ["type"] = "Input.Toggle", ["title"] = field.Label, ["valueOn"] = "true", ["valueOff"] = "false", ["value"] = "false" },
            FormFieldKind.Person when field.Choices.Count > 0 => new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["style"] = "compact",
                ["value"] = field.Choices[0].PlatformUserId,
                ["choices"] = new JsonArray([.. field.Choices.Select(c => new JsonObject { ["title"] = c.DisplayName, ["value"] = c.PlatformUserId })]),
            },
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
        }

        if (field.Required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = $"{field.Label} is required.";
        }

        return input;
    }
}
