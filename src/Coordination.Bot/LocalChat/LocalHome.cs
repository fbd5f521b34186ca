using System.Text.Json.Serialization;
using Coordination.Bot.Endpoints;
using Coordination.Bot.Home;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Home;
using static Coordination.Bot.LocalChat.LocalChatEndpoints;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// The local chat's Home panel: <c>GET /local/home?as=…</c> is the Home of the person acting, <c>POST /local/home</c>
/// <c>{"as","action","value"}</c> presses one of its controls (a request's button or a setting) for that person and
/// answers with the Home as it now stands.
/// </summary>
internal static class LocalHome
{
    private static readonly string[] RequestActions =
        [MessageButton.Acknowledge, MessageButton.Done, MessageButton.Snooze, MessageButton.Decline, MessageButton.NotMe];

    internal static async Task<IResult> GetAsync(string? @as, HomeBuilder homes, FastForward fastForward, CancellationToken cancellationToken)
    {
        if (Person(@as, required: true, out var person) is { } refusal)
        {
            return refusal;
        }

        return Results.Json(LocalHomeView.Of(await homes.ForAsync(ChatPlatform.Local, LocalWorkspace.Id, person!.Id, person.Name, fastForward.Now, cancellationToken)));
    }

    internal static async Task<IResult> PressAsync(HttpContext http, LocalChatService chat, HomeBuilder homes, FastForward fastForward)
    {
        var (request, person, refusal) = await LocalChatActions.ReadAsync<LocalHomePressRequest>(http, personRequired: true);
        if (request is null)
        {
            return refusal!;
        }

        var isControl = request.Action is HomeActions.Show or HomeActions.WorkingDays or HomeActions.TimeZone or HomeActions.MorningSummary or HomeActions.Away or HomeActions.Back
            || RequestActions.Contains(request.Action);
        var context = LocalWorkspace.Context(person!, new ThreadRef(LocalWorkspace.DirectConversation(person!.Id, LocalWorkspace.BotId), null));
        if (!isControl || ButtonPress.ToCommand(request.Action, request.Value, context) is not { } command)
        {
            return Bad("That is not one of the Home's controls: give the action and value of a request's button or of a setting.");
        }

        var reply = await chat.RunForHomeAsync(command, http.RequestAborted);
        var home = await homes.ForAsync(ChatPlatform.Local, LocalWorkspace.Id, person.Id, person.Name, fastForward.Now, http.RequestAborted);
        return Results.Json(new { reply = ReplyView(reply), home = LocalHomeView.Of(home) });
    }
}

/// <summary><c>POST /local/home</c>: a press of a Home control (<see cref="Action"/>, <see cref="Value"/>) by the person acting.</summary>
public sealed record LocalHomePressRequest([property: JsonPropertyName("as")] string? ActingAs, string? Action, string? Value) : ILocalRequest;
