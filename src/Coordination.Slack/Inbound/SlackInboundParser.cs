using System.Text.RegularExpressions;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Slack.Outbound;

namespace Coordination.Slack.Inbound;

/// <summary>Translates verified Slack payloads into platform-neutral commands; what the bot should not act on becomes <c>null</c>.</summary>
public static partial class SlackInboundParser
{
    /// <summary>Message subtypes that are still a person writing in the thread (a reply also sent to the channel, a file).</summary>
    private static readonly HashSet<string> HumanSubtypes = ["thread_broadcast", "file_share"];

    /// <summary>A slash command runs where it was typed; Slack never sends one from inside a thread.</summary>
    public static ChatCommand FromSlashCommand(SlashCommandPayload payload) =>
        CommandParser.Parse(payload.Text, Context(payload.TeamId, new PersonRef(payload.UserId, payload.UserName), new ThreadRef(payload.ChannelId, null)));

    /// <summary>
    /// An @-mention of the bot is a command about the thread it was written in (a top-level mention starts a thread on
    /// itself); a person's reply in a thread may be a stakeholder's answer. Bots, edits and deletions are not acted on.
    /// </summary>
    public static ChatCommand? FromEvent(SlackEventEnvelope envelope)
    {
        if (envelope is { Event.Type: SlackEvent.ReactionAdded })
        {
            return FromReaction(envelope);
        }

        if (envelope is not { Type: SlackEventEnvelope.EventCallback, TeamId: { } team, Event: { User: { } user, Channel: { } channel, Ts: { } ts } message }
            || message.BotId is not null
            || user == envelope.BotUserId)
        {
            return null;
        }

        var context = Context(team, new PersonRef(user), new ThreadRef(channel, message.ThreadTs ?? ts));
        return message.Type switch
        {
            SlackEvent.AppMention => CommandParser.Parse(WithoutBotMention(message.Text ?? string.Empty, envelope.BotUserId), context),
            SlackEvent.Message when message.ChannelType == SlackEvent.DirectMessage => FromDirectMessage(envelope, context, message),
            SlackEvent.Message when IsPersonReplyingInThread(message) && !Mentions(message.Text, envelope.BotUserId) => new ThreadReplyCommand(context, message.Text),
            _ => null,
        };
    }

    /// <summary>A press of one of the request's buttons, acting for the person who pressed it.</summary>
    public static ChatCommand? FromBlockAction(BlockActionsPayload payload)
    {
        if (SlackHomePress.IsFromHome(payload))
        {
            return SlackHomePress.ToCommand(payload);
        }

        if (payload is not { Type: BlockActionsPayload.BlockActions, Team.Id: { } team, User.Id: { } user, Actions: [{ } action, ..] }
            || (payload.Container?.ChannelId ?? payload.Channel?.Id) is not { } channel)
        {
            return null;
        }

        // An ephemeral answer (a slash command's) is no thread of its own: the press acts in its channel, or its thread.
        var thread = payload.Container?.IsEphemeral == true
            ? payload.Container.ThreadTs ?? payload.Message?.ThreadTs
            : payload.Container?.ThreadTs ?? payload.Message?.ThreadTs ?? payload.Container?.MessageTs ?? payload.Message?.Ts;
        var context = Context(team, new PersonRef(user, payload.User.Name ?? payload.User.Username), new ThreadRef(channel, thread));
        return ButtonPress.ToCommand(action.ActionId, action.Value, context);
    }

    /// <summary>A submitted modal (the decision template): its values as the form's, acting where the form was opened.</summary>
    public static SubmitFormCommand? FromViewSubmission(BlockActionsPayload payload)
    {
        if (payload is not { Type: BlockActionsPayload.ViewSubmission, Team.Id: { } team, User.Id: { } user, View: { CallbackId: { } kind } view }
            || FormState.Parse(view.PrivateMetadata) is not { } state)
        {
            return null;
        }

        var values = view.State is { } submitted ? SlackViewState.Values(submitted) : new Dictionary<string, string>();
        return new SubmitFormCommand(Context(team, new PersonRef(user, payload.User.Name ?? payload.User.Username), state.Where), kind, state, values);
    }

    /// <summary>
    /// The message the press came from (channel and ts), to show the request's new state on it; <c>null</c> for an
    /// ephemeral message, and for a list of several requests' buttons (the morning summary), which stays as it is.
    /// </summary>
    public static (string Channel, string Ts)? PressedMessage(BlockActionsPayload payload) =>
        (payload.Container?.ChannelId ?? payload.Channel?.Id, payload.Container?.MessageTs ?? payload.Message?.Ts) is ({ } channel, { } ts)
        && payload.Container?.IsEphemeral != true
        && !FromList(payload)
            ? (channel, ts)
            : null;

    /// <summary>Whether the press came from one request's row of buttons in a list of several.</summary>
    private static bool FromList(BlockActionsPayload payload) =>
        payload.Actions is [{ BlockId: { } block }, ..] && block.StartsWith(BlockKitRenderer.ListedActionsBlockPrefix, StringComparison.Ordinal);

    private static bool IsPersonReplyingInThread(SlackEvent message) =>
        (message.Subtype is null || HumanSubtypes.Contains(message.Subtype))
        && message.ThreadTs is not null && message.ThreadTs != message.Ts;

    private static bool Mentions(string? text, string? botUserId) =>
        botUserId is not null && text is not null
        && (text.Contains($"<@{botUserId}>", StringComparison.Ordinal) || text.Contains($"<@{botUserId}|", StringComparison.Ordinal));

    /// <summary>Removes the bot's own mention (or, when its id is unknown, the mention the text starts with).</summary>
    private static string WithoutBotMention(string text, string? botUserId) => botUserId is null
        ? LeadingMention().Replace(text, string.Empty, 1).Trim()
        : text.Replace($"<@{botUserId}>", string.Empty, StringComparison.Ordinal).Trim();

    private static CommandContext Context(string team, PersonRef actor, ThreadRef where) => new(ChatPlatform.Slack, team, actor, where);

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();
}
