using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Teams.Outbound;

namespace Coordination.Bot.Teams;

/// <summary>The answer to an <c>adaptiveCard/action</c> invoke: the request's card as it now stands, a form, or a short message.</summary>
internal static class TeamsCardResponse
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string MessageType = "application/vnd.microsoft.activity.message";

    public static IResult Message(string text) => Results.Json(new JsonObject { ["statusCode"] = 200, ["type"] = MessageType, ["value"] = text });

    /// <summary>
    /// After a press that changed the request, its card with the new status line (and its buttons while it is open);
    /// after a form's submission, the answer in place of the form. A press in a list of several requests (the morning
    /// summary) leaves the list as it is and says what happened.
    /// </summary>
    public static IResult For(ChatCommand command, Reply reply, bool pressedInList = false)
    {
        var presser = command.Context;
        if (reply.Form is { } form)
        {
            // A press that opens a form, or a submission with a field to fix: the card becomes the form.
            return Card(new OutgoingMessage(ChatPlatform.Teams, presser.WorkspaceId, MessageDestination.InThread(presser.Where), reply.Text, [], []) { Form = form });
        }

        if (command is SubmitFormCommand && reply is { Succeeded: true, Request: null })
        {
            // The form is used up: its card becomes the answer, so a second press cannot record it twice.
            var answer = new OutgoingMessage(ChatPlatform.Teams, presser.WorkspaceId, MessageDestination.InThread(presser.Where), reply.Text, [], []);
            return Card(answer);
        }

        if (pressedInList || reply is not { Succeeded: true, Request: { } state })
        {
            return Message(reply.Text);
        }

        var buttons = state.IsOpen ? MessageButton.ForRequest(state.Key) : [];
        var message = new OutgoingMessage(ChatPlatform.Teams, presser.WorkspaceId, MessageDestination.InThread(presser.Where), state.ApplyTo($"*{state.Key}*: {reply.Text}"), [], buttons);
        return Card(message);
    }

    private static IResult Card(OutgoingMessage message) =>
        Results.Json(new JsonObject { ["statusCode"] = 200, ["type"] = CardType, ["value"] = AdaptiveCardRenderer.RenderCard(message) });
}
