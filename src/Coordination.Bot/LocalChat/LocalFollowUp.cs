using System.Text.Json.Serialization;
using Coordination.Core.Commands;
using static Coordination.Bot.LocalChat.LocalChatEndpoints;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// <c>POST /local/follow-up</c>: "Follow up on this" on a message the person acting sees. The bot answers them alone,
/// in the message's thread, with the new-request form; <c>formMessage</c> names that answer for the page to open its
/// form as a dialog.
/// </summary>
internal static class LocalFollowUp
{
    internal static async Task<IResult> FollowUpAsync(HttpContext http, LocalChatService chat, LocalTranscript transcript)
    {
        var (request, person, refusal) = await LocalChatActions.ReadAsync<LocalFollowUpRequest>(http, personRequired: true);
        if (request is null)
        {
            return refusal!;
        }

        if (request.MessageId is not { } id || transcript.Find(id) is not { } message || !message.IsVisibleTo(person!.Id))
        {
            return Results.NotFound(new { error = $"There is no message {request.MessageId} here." });
        }

        var since = transcript.Version;
        var reply = await chat.FollowUpAsync(person, message, http.RequestAborted);
        var form = transcript.Since(since, person.Id).LastOrDefault(m => m.Source?.Form?.Kind == FollowUpForm.Kind);
        return Results.Json(new { reply = ReplyView(reply), formMessage = form?.Id });
    }
}

/// <summary><c>POST /local/follow-up</c>: follow up on message <see cref="MessageId"/> as the person acting.</summary>
public sealed record LocalFollowUpRequest([property: JsonPropertyName("as")] string? ActingAs, string? MessageId) : ILocalRequest;
