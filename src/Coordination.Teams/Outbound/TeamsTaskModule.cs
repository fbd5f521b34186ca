using System.Text.Json.Nodes;
using Coordination.Core.Chat;

namespace Coordination.Teams.Outbound;

/// <summary>
/// Answers to a message action's invokes: a dialog (<c>task</c> <c>continue</c>) holding a form as an Adaptive Card
/// whose <c>Action.Submit</c> carries the form's kind and state (Teams adds each input's value beside them), or a short
/// message (<c>task</c> <c>message</c>) that closes it.
/// </summary>
public static class TeamsTaskModule
{
    public static JsonObject Continue(ChatForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = AdaptiveCardRenderer.CardSchema,
            ["version"] = AdaptiveCardRenderer.CardVersion,
            ["body"] = new JsonArray(),
        };
        AdaptiveCardForms.AddTo(card, form);
        card["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = form.SubmitLabel,
            ["style"] = "positive",
            ["data"] = new JsonObject { ["form"] = form.Kind, ["state"] = form.State.ToString() },
        });
        var dialog = new JsonObject
        {
            ["title"] = form.Title,
            ["height"] = "medium",
            ["width"] = "medium",
            ["card"] = new JsonObject { ["contentType"] = AdaptiveCardRenderer.CardContentType, ["content"] = card },
        };
        return new JsonObject { ["task"] = new JsonObject { ["type"] = "continue", ["value"] = dialog } };
    }

    public static JsonObject Message(string text) =>
        new() { ["task"] = new JsonObject { ["type"] = "message", ["value"] = text } };
}
