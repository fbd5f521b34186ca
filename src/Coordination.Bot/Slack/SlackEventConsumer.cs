using System.Text;
using Coordination.Bot.Engine;
using Coordination.Bot.Home;
using Coordination.Bot.Inbox;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Data.Inbox;
using Coordination.Slack.Inbound;

namespace Coordination.Bot.Slack;

/// <summary>
/// Acts on a stored Events API delivery: an @-mention runs its command (the reply only the sender sees, user groups
/// asked member by member); a
/// stakeholder's message in a request's thread is their answer; a direct message to the bot is a command answered there; a
/// stakeholder's ✅ or 👀 in a request's thread answers it; a message naming <c>CR-n</c> shows its writer a line on each;
/// the app's removal stops delivery there; opening the app's Home tab publishes the opener's Home.
/// </summary>
public sealed class SlackEventConsumer(
    CoordinationDbContext db, CommandHandler commands, SlackPeople people, SlackAppEvents app, SlackReactionThreads reactions, TimeProvider time)
    : CommandEventConsumer<SlackEventEnvelope>(db, commands, time)
{
    public override ChatPlatform Platform => ChatPlatform.Slack;

    protected override SlackEventEnvelope? Read(InboundEvent inbound) => SlackEventEnvelope.Parse(Encoding.UTF8.GetBytes(inbound.Payload));

    /// <summary>A mention's user groups are asked member by member, as in a slash command.</summary>
    protected override async ValueTask<ChatCommand?> CommandOfAsync(SlackEventEnvelope payload, CancellationToken cancellationToken)
    {
        if (payload is { TeamId: { } team, Event: { Type: SlackEvent.AppMention, Text: { } text } mention })
        {
            payload = payload with { Event = mention with { Text = await people.ExpandGroupsAsync(team, text, cancellationToken) } };
        }

        return SlackInboundParser.FromEvent(payload) switch
        {
            ReactionCommand reaction => await reactions.InThreadAsync(reaction, cancellationToken),
            { } command => await people.VouchAsync(command, cancellationToken),
            null => SlackInboundParser.RequestMentionsOf(payload),
        };
    }

    protected override Task WithoutCommandAsync(SlackEventEnvelope payload, CancellationToken cancellationToken) =>
        app.ApplyAsync(payload, cancellationToken);

    /// <summary>A thread answer that also names other requests (<c>CR-12</c>) shows its writer a line on each, as a top-level message does.</summary>
    protected override async Task HandledAsync(SlackEventEnvelope payload, ChatCommand command, CancellationToken cancellationToken)
    {
        if (command is not ReactionCommand)
        {
            people.Seen(command);
        }

        if (command is ThreadReplyCommand && SlackInboundParser.RequestMentionsOf(payload) is { } mentions)
        {
            await Commands.HandleAsync(mentions, reply => QueueReply(mentions, reply, $"mentions:{payload.EventId}"), cancellationToken);
        }
    }
}
