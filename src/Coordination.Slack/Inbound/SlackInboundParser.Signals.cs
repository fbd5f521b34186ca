using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Slack.Inbound;

/// <summary>Where people already look: a direct message to the bot, a reaction in a request's thread, a <c>CR-n</c> in a message.</summary>
public static partial class SlackInboundParser
{
    /// <summary>Reactions that answer a request as its buttons do: ✅ (either check mark) is Done, 👀 Acknowledge.</summary>
    private static readonly Dictionary<string, ReactionAnswer> Answers = new(StringComparer.Ordinal)
    {
        ["white_check_mark"] = ReactionAnswer.Done,
        ["heavy_check_mark"] = ReactionAnswer.Done,
        ["eyes"] = ReactionAnswer.Acknowledge,
    };

    /// <summary>
    /// A person's message in a channel that names requests (<c>CR-12</c>): the writer is shown a line on each. Not a
    /// direct message, a bot's message, an edit or a message to the bot (a command, answered as one). Its place is the
    /// thread it was written in, or the channel itself for a top-level message.
    /// </summary>
    public static MentionedRequestsCommand? RequestMentionsOf(SlackEventEnvelope envelope)
    {
        if (envelope is not { Type: SlackEventEnvelope.EventCallback, TeamId: { } team, Event: { Type: SlackEvent.Message, User: { } user, Channel: { } channel, Ts: { } ts } message }
            || message.BotId is not null
            || user == envelope.BotUserId
            || message.ChannelType == SlackEvent.DirectMessage
            || (message.Subtype is not null && !HumanSubtypes.Contains(message.Subtype))
            || Mentions(message.Text, envelope.BotUserId))
        {
            return null;
        }

        var thread = message.ThreadTs is { } root && root != ts ? root : null;
        return MentionedRequestsCommand.Of(Context(team, new PersonRef(user), new ThreadRef(channel, thread)), message.Text);
    }

    /// <summary>
    /// ✅ or 👀 on a message: its place is the message itself (<c>ts</c>), which the host turns into the thread it
    /// belongs to. Other emoji, reactions on files and the bot's own reactions are not acted on.
    /// </summary>
    private static ReactionCommand? FromReaction(SlackEventEnvelope envelope) =>
        envelope is { Type: SlackEventEnvelope.EventCallback, TeamId: { } team, Event: { User: { } user, Reaction: { } emoji, Item: { Type: "message", Channel: { } channel, Ts: { } ts } } }
        && user != envelope.BotUserId
        && Answers.TryGetValue(emoji, out var answer)
            ? new ReactionCommand(Context(team, new PersonRef(user), new ThreadRef(channel, ts)), answer)
            : null;

    /// <summary>
    /// Anything written to the bot in its direct messages is a command, answered there for everyone in it to see; only
    /// a new message counts (no edit, deletion or file alone), and a reply under one of them is no thread answer. An ask
    /// there is answered with a form asking which channel to post it in; a team's ask is refused.
    /// </summary>
    private static ChatCommand? FromDirectMessage(SlackEventEnvelope envelope, CommandContext context, SlackEvent message)
    {
        if (message.Subtype is not null || string.IsNullOrWhiteSpace(message.Text))
        {
            return null;
        }

        var direct = context with { Where = new ThreadRef(context.Where.Channel, null), InDirectMessage = true };
        var command = CommandParser.Parse(WithoutBotMention(message.Text, envelope.BotUserId), direct);
        return command is AskTeamCommand or ConfirmCommand { Proposed: AskTeamCommand }
            ? new HelpCommand(direct, "ask", "Ask in a channel the people you ask are in: here, only you would see it.")
            : command;
    }
}
