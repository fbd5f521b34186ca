using Coordination.Core.Commands;
using static Coordination.Bot.LocalChat.LocalChatEndpoints;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// <c>POST /local/forms</c>: a form the bot showed the person acting, submitted from the page's dialog. It runs as the
/// form's command for that person; a field to fix comes back as <c>field</c> with the message (the dialog stays
/// open), anything else as the reply.
/// </summary>
internal static class LocalChatForms
{
    internal static async Task<IResult> SubmitAsync(HttpContext http, LocalChatService chat, LocalTranscript transcript)
    {
        var (request, person, refusal) = await LocalChatActions.ReadAsync<LocalFormRequest>(http, personRequired: true);
        if (request is null)
        {
            return refusal!;
        }

        if (request.MessageId is not { } id || transcript.Find(id) is not { } shown || !shown.IsVisibleTo(person!.Id) || shown.Source?.Form is not { } form)
        {
            return Results.NotFound(new { error = $"There is no form on message {request.MessageId} here." });
        }

        var values = (request.Values ?? new Dictionary<string, string>())
            .Where(v => v.Value is not null && form.Fields.Any(f => f.Id == v.Key))
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        if (values.FirstOrDefault(v => v.Value.Length > CommandParser.MaxNotesLength) is { Key: { } tooLong })
        {
            return Bad($"The {tooLong} field is too long: keep it under {CommandParser.MaxNotesLength} characters.");
        }

        var reply = await chat.SubmitFormAsync(person, form, values, http.RequestAborted);
        return Results.Json(new { reply = ReplyView(reply), field = reply.Succeeded ? null : reply.Field });
    }
}
