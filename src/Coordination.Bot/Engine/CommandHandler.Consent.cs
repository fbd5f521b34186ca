using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    /// <summary>
    /// <c>null</c> when the actor may act on <paramref name="subject"/>; otherwise the refusal naming who may
    /// <paramref name="what"/> instead (and the refusal is logged).
    /// </summary>
    private Reply? RefusedOn(Session session, Person subject, string what)
    {
        if (Permissions.MayActOn(session.Actor, subject, session.ActorIsAdmin))
        {
            return null;
        }

        Log.ActOnOtherRefused(logger, session.Actor.PlatformUserId, what, subject.PlatformUserId, session.Workspace.ExternalId);
        return Reply.Failure(Permissions.Refusal(subject, what));
    }

    /// <summary>A direct message to <paramref name="recipient"/> through the outbox, mentioning <paramref name="mentioned"/>.</summary>
    private void Tell(Session session, Person recipient, string text, IEnumerable<Person> mentioned, string purpose)
    {
        var message = new OutgoingMessage(
            session.Workspace.Platform,
            session.Workspace.ExternalId,
            MessageDestination.DirectTo(recipient.PlatformUserId),
            text,
            [.. mentioned.DistinctBy(p => p.Id).Select(p => p.Mention)],
            []);
        db.QueueMessage(message, $"{purpose}:{recipient.Id}:{Guid.CreateVersion7(session.Now)}", session.Now);
    }
}
