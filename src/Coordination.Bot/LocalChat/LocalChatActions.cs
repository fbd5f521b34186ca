using System.Text.Json;
using Coordination.Bot.Endpoints;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using static Coordination.Bot.LocalChat.LocalChatEndpoints;

namespace Coordination.Bot.LocalChat;

/// <summary>What the local page does: write a message, press a button, fast-forward. Each reads a JSON body of at most 1 MiB.</summary>
internal static class LocalChatActions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static async Task<IResult> PostAsync(HttpContext http, LocalChatService chat, LocalTranscript transcript)
    {
        var (request, person, refusal) = await ReadAsync<LocalPostRequest>(http, personRequired: true);
        if (request is null)
        {
            return refusal!;
        }

        if (Where(request, person!, transcript, out var conversation) is { } problem)
        {
            return problem;
        }

        var text = request.Text?.Trim() ?? string.Empty;
        if (text.Length == 0 || text.Length > CommandParser.MaxNotesLength)
        {
            return Bad(text.Length == 0 ? "Write something in text." : $"That is too long ({text.Length} characters): keep a message under {CommandParser.MaxNotesLength}.");
        }

        var (written, reply) = await chat.WriteAsync(person!, conversation!, request.Thread, text, http.RequestAborted);
        return Results.Json(new { message = LocalMessageView.Of(transcript.Find(written.Id) ?? written), reply = ReplyView(reply) });
    }

    internal static async Task<IResult> PressAsync(HttpContext http, LocalChatService chat, LocalTranscript transcript)
    {
        var (request, person, refusal) = await ReadAsync<LocalPressRequest>(http, personRequired: true);
        if (request is null)
        {
            return refusal!;
        }

        if (request.MessageId is not { } id || transcript.Find(id) is not { } pressed || !pressed.IsVisibleTo(person!.Id))
        {
            return Results.NotFound(new { error = $"There is no message {request.MessageId} here." });
        }

        if (pressed.Buttons.FirstOrDefault(b => b.Action == request.Action && b.Value == request.Value) is not { } button)
        {
            return Bad("That message has no such button: give the action and value of one of its buttons.");
        }

        return await chat.PressAsync(person!, pressed, button, http.RequestAborted) is { } reply
            ? Results.Json(new { reply = ReplyView(reply) })
            : Bad("That button is not one of mine.");
    }

    internal static async Task<IResult> FastForwardAsync(HttpContext http, FastForward fastForward, FollowUpSchedule schedule, LocalTranscript transcript)
    {
        var (request, person, refusal) = await ReadAsync<LocalFastForwardRequest>(http, personRequired: false);
        if (request is null)
        {
            return refusal!;
        }

        if (request.By is not ("1h" or "morning" or "48h"))
        {
            return Bad("Give by as \"1h\", \"morning\" or \"48h\".");
        }

        if (!fastForward.IsAvailable)
        {
            return Results.Conflict(new { error = "Fast-forward works only while no Slack or Teams workspace is connected: real workspaces keep real time." });
        }

        var zone = FollowUpSchedule.FindZone(person?.TimeZone ?? schedule.Policy.DefaultTimeZone) ?? TimeZoneInfo.Utc;
        var by = request.By switch
        {
            "1h" => TimeSpan.FromHours(1),
            "48h" => TimeSpan.FromHours(48),
            _ => fastForward.UntilNextMorning(zone),
        };
        await fastForward.AdvanceAsync(by, http.RequestAborted);
        transcript.Touch();
        return Results.Json(Clock(fastForward, person));
    }

    /// <summary>The conversation a post goes to: a channel (and a thread of it) or a direct message; a problem otherwise.</summary>
    private static IResult? Where(LocalPostRequest request, LocalPerson person, LocalTranscript transcript, out string? conversation)
    {
        conversation = (request.Channel, request.Dm) switch
        {
            ({ } channel, null) when LocalChatPage.IsChannelName(channel) => channel,
            (null, { } other) when other != person.Id && (other == LocalWorkspace.BotId || LocalWorkspace.Find(other) is not null) => LocalWorkspace.DirectConversation(person.Id, LocalWorkspace.Find(other)?.Id ?? other),
            _ => null,
        };
        if (conversation is null)
        {
            return Bad("Give either channel (like \"#platform\") or dm (the bot's id or another person's), not both.");
        }

        return request.Thread is null || transcript.Find(request.Thread) is { ThreadId: null } root && root.Conversation == conversation && root.IsVisibleTo(person.Id)
            ? null
            : Bad($"There is no thread {request.Thread} in {conversation}.");
    }

    /// <summary>The body as <typeparamref name="T"/> and the person it acts as, or the answer to give instead (400, 413).</summary>
    internal static async Task<(T? Request, LocalPerson? Person, IResult? Refusal)> ReadAsync<T>(HttpContext http, bool personRequired)
        where T : class, ILocalRequest
    {
        var (body, refusal) = await RequestBody.ReadAsync(http);
        if (body is null)
        {
            return (null, null, refusal);
        }

        T? request;
        try
        {
            request = JsonSerializer.Deserialize<T>(body, Json);
        }
        catch (JsonException ex)
        {
            return (null, null, Bad($"That is not the JSON this call takes: {ex.Message}"));
        }

        if (request is null)
        {
            return (null, null, Bad("Send a JSON object."));
        }

        return Person(request.ActingAs, personRequired, out var person) is { } unknown ? (null, null, unknown) : (request, person, null);
    }
}
