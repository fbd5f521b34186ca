using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data;

namespace Coordination.Bot.Engine;

/// <summary>Direct messages a command sends, queued in the outbox to commit with it (a fresh key each time: each command asks anew).</summary>
public sealed class DirectMessages(CoordinationDbContext db)
{
    /// <summary>A direct message to <paramref name="recipient"/>, mentioning <paramref name="mentioned"/>.</summary>
    public void Tell(Session session, Person recipient, string text, IEnumerable<Person> mentioned, string purpose)
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

    /// <summary>A direct message to the actor, with <paramref name="file"/> when there is one.</summary>
    public void SendToActor(Session session, string text, MessageFile? file, string purpose, bool showsSecret = false)
    {
        var message = new OutgoingMessage(session.Workspace.Platform, session.Workspace.ExternalId, MessageDestination.DirectTo(session.Actor.PlatformUserId), text, [], [])
        {
            File = file,
            ShowsSecret = showsSecret,
        };
        db.QueueMessage(message, $"{purpose}:{Guid.CreateVersion7(session.Now)}", session.Now);
    }

    /// <summary>A direct message to the actor offering <paramref name="offer"/> for their consent (Teams' personal chat).</summary>
    public void OfferToActor(Session session, string text, FileOffer offer, string purpose)
    {
        var message = new OutgoingMessage(session.Workspace.Platform, session.Workspace.ExternalId, MessageDestination.DirectTo(session.Actor.PlatformUserId), text, [], [])
        {
            Offer = offer,
        };
        db.QueueMessage(message, $"{purpose}:{Guid.CreateVersion7(session.Now)}", session.Now);
    }
}
