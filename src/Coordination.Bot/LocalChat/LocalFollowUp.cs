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
    /// <summary>How long the answer may take to arrive before the page is told to look for it itself.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

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
        var form = reply.Form is null ? null : await ShownAsync(transcript, since, person.Id, http.RequestAborted);
        return Results.Json(new { reply = ReplyView(reply), formMessage = form?.Id });
    }

    /// <summary>The answer carrying the form, once delivered (the delivery service may have taken it a moment before).</summary>
    private static async Task<LocalTranscriptEntry?> ShownAsync(LocalTranscript transcript, long since, string person, CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        while (true)
        {
            var version = transcript.Version;
            if (transcript.Since(since, person).LastOrDefault(m => m.Source?.Form?.Kind == FollowUpForm.Kind) is { } shown)
            {
                return shown;
            }

            try
            {
                await transcript.WaitAsync(version, Patience, patience.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }
    }
}

/// <summary><c>POST /local/follow-up</c>: follow up on message <see cref="MessageId"/> as the person acting.</summary>
public sealed record LocalFollowUpRequest([property: JsonPropertyName("as")] string? ActingAs, string? MessageId) : ILocalRequest;
