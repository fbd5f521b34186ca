using System.Text.Json;
using System.Text.RegularExpressions;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Teams.Outbound;

namespace Coordination.Teams.Inbound;

/// <summary>
/// Turns Teams activities into neutral commands: a message that mentions the bot (or any message in the personal chat)
/// is a command, with people named by their mention entities; any other message in a conversation the bot can hear is
/// a possible answer in that thread; a card press acts for the presser.
/// </summary>
public static partial class TeamsInboundParser
{
    /// <summary>The command an activity carries, or <c>null</c> when it carries none (an unknown type, a bot's message).</summary>
    public static ChatCommand? FromActivity(TeamsActivity activity) => activity.Type switch
    {
        TeamsActivity.Message => FromMessage(activity),
        TeamsActivity.Invoke when activity.Name == TeamsActivity.CardActionInvoke => FromCardAction(activity),
        _ => null,
    };

    /// <summary>What the client says of the sender's time zone, as a profile update, when it says anything.</summary>
    public static ProfileCommand? ProfileOf(TeamsActivity activity)
    {
        var zone = activity.LocalTimezone
            ?? activity.Entities?.FirstOrDefault(e => e.Type == TeamsEntity.ClientInfoType && !string.IsNullOrWhiteSpace(e.Timezone))?.Timezone;
        return zone is not null && !activity.IsFromBot && Context(activity) is { } context ? new ProfileCommand(context, zone) : null;
    }

    /// <summary>Whether a card press came from one request's row in a list of several (its card is not replaced by the request's).</summary>
    public static bool PressedInList(TeamsActivity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(AdaptiveCardRenderer.ListedData, out var listed) && listed.ValueKind == JsonValueKind.True;

    /// <summary>
    /// Where the activity happened: a channel and its thread's root (a top-level post is its own root), or a group or
    /// personal chat, which is its own thread.
    /// </summary>
    public static ThreadRef? Where(TeamsActivity activity)
    {
        if (activity.Conversation is not { BaseId: { Length: > 0 } conversation } chat)
        {
            return null;
        }

        return chat.ThreadRootId is { } root ? new ThreadRef(conversation, root)
            : chat.ConversationType == TeamsConversation.Channel ? new ThreadRef(conversation, activity.Id)
            : new ThreadRef(conversation, conversation);
    }

    private static ChatCommand? FromMessage(TeamsActivity activity)
    {
        if (activity.IsFromBot || Context(activity) is not { } context)
        {
            return null;
        }

        if (CardData(activity.Value) is { } pressed)
        {
            return ButtonPress.ToCommand(pressed.Action, pressed.Key, context);
        }

        var personal = activity.Conversation?.ConversationType == TeamsConversation.Personal;
        if (!personal && !MentionsBot(activity))
        {
            return new ThreadReplyCommand(context, CommandText(activity));
        }

        // An ask in the personal chat is not recorded there: the engine asks which channel to post it in.
        var command = CommandParser.Parse(CommandText(activity), context with { InDirectMessage = personal });
        return personal && command is AskTeamCommand or ConfirmCommand { Proposed: AskTeamCommand }
            ? new HelpCommand(context, "ask", "Ask in a channel or a group chat that the people you ask are in: here, only you would see it.")
            : command;
    }

    /// <summary>An <c>Action.Execute</c> press: the verb is the button, its data names the request.</summary>
    private static ChatCommand? FromCardAction(TeamsActivity activity)
    {
        if (Context(activity) is not { } context
            || activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action)
            || action.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var verb = Text(action, "verb");
        if (verb == AdaptiveCardForms.SubmitVerb)
        {
            return action.TryGetProperty("data", out var submitted) ? FromForm(submitted, context) : null;
        }

        var key = action.TryGetProperty("data", out var data) ? CardData(data)?.Key : null;
        return ButtonPress.ToCommand(verb, key, context);
    }

    /// <summary>A submitted form card: its kind and state from the submit action's data, each input's value beside them.</summary>
    private static SubmitFormCommand? FromForm(JsonElement data, CommandContext context)
    {
        if (data.ValueKind != JsonValueKind.Object || Text(data, "form") is not { } kind || FormState.Parse(Text(data, "state")) is not { } state)
        {
            return null;
        }

        var values = data.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name is not ("action" or "form" or "state"))
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return new SubmitFormCommand(context, kind, state, values);
    }

    private static CommandContext? Context(TeamsActivity activity) =>
        (activity.TenantId, activity.From?.Id, Where(activity)) is ({ Length: > 0 } tenant, { Length: > 0 } user, { } where)
            ? new CommandContext(ChatPlatform.Teams, tenant, new PersonRef(user, activity.From.Name, activity.From.AadObjectId), where)
            : null;

    private static bool MentionsBot(TeamsActivity activity) =>
        activity.Recipient?.Id is { } bot && (activity.Entities ?? []).Any(e => e.Type == TeamsEntity.MentionType && e.Mentioned?.Id == bot);

    /// <summary>
    /// The message text with the bot's mention removed and every other mention written as <c>&lt;@id|Name&gt;</c>, the
    /// form the command language reads. People come only from mention entities: anything in the text that looks like a
    /// mention token is defused first.
    /// </summary>
    private static string CommandText(TeamsActivity activity)
    {
        var text = (activity.Text ?? string.Empty).Replace("<@", "< @", StringComparison.Ordinal).Replace("&nbsp;", " ", StringComparison.Ordinal);
        foreach (var mention in (activity.Entities ?? []).Where(e => e.Type == TeamsEntity.MentionType && e.Mentioned?.Id is not null))
        {
            var written = mention.Text is { } entityText && text.Contains(entityText, StringComparison.OrdinalIgnoreCase)
                ? entityText
                : $"<at>{mention.Mentioned!.Name}</at>";
            var replacement = mention.Mentioned!.Id == activity.Recipient?.Id ? " " : $" <@{mention.Mentioned.Id}|{mention.Mentioned.Name}> ";
            text = text.Replace(written, replacement, StringComparison.OrdinalIgnoreCase);
        }

        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>The request button data the cards carry: <c>{ "action": "ack", "key": "CR-7" }</c>.</summary>
    private static (string? Action, string? Key)? CardData(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } data && Text(data, "key") is { } key ? (Text(data, "action"), key) : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
