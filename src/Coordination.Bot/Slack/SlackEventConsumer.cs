using System.Text;
using Coordination.Bot.Engine;
using Coordination.Bot.Inbox;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Data.Inbox;
using Coordination.Slack.Inbound;

namespace Coordination.Bot.Slack;

/// <summary>
/// Acts on a stored Events API delivery: an @-mention runs its command (the reply only the sender sees); a
/// stakeholder's message in a request's thread is their answer.
/// </summary>
public sealed class SlackEventConsumer(CoordinationDbContext db, CommandHandler commands, SlackProfileSync profiles, TimeProvider time)
    : CommandEventConsumer<SlackEventEnvelope>(db, commands, time)
{
    public override ChatPlatform Platform => ChatPlatform.Slack;

    protected override SlackEventEnvelope? Read(InboundEvent inbound) => SlackEventEnvelope.Parse(Encoding.UTF8.GetBytes(inbound.Payload));

    protected override ChatCommand? CommandOf(SlackEventEnvelope payload) => SlackInboundParser.FromEvent(payload);

    protected override Task HandledAsync(SlackEventEnvelope payload, ChatCommand command, CancellationToken cancellationToken)
    {
        profiles.Enqueue(command);
        return Task.CompletedTask;
    }
}
