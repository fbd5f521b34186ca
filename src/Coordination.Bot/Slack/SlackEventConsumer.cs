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
/// stakeholder's message in a request's thread is their answer; the app's removal stops delivery there; opening the
/// app's Home tab publishes the opener's Home.
/// </summary>
public sealed class SlackEventConsumer(
    CoordinationDbContext db, CommandHandler commands, SlackPeople people, SlackUninstall uninstall, SlackHomePublisher home, TimeProvider time)
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

        return SlackInboundParser.FromEvent(payload) is { } command ? await people.VouchAsync(command, cancellationToken) : null;
    }

    /// <summary>The app's removal, or its bot token's revocation, ends delivery to the workspace.</summary>
    protected override Task WithoutCommandAsync(SlackEventEnvelope payload, CancellationToken cancellationToken) =>
        payload.IsRevocation ? uninstall.ApplyAsync(payload, cancellationToken)
        : payload is { OpensHomeTab: true, WorkspaceId: { } team, Event.User: { } user } ? home.PublishAsync(team, user, cancellationToken)
        : Task.CompletedTask;

    protected override Task HandledAsync(SlackEventEnvelope payload, ChatCommand command, CancellationToken cancellationToken)
    {
        people.Seen(command);
        return Task.CompletedTask;
    }
}
