using Coordination.Core.Commands;
using Coordination.Core.Requests;

namespace Coordination.Bot.Engine;

/// <summary>Acting on someone else (their lead, their absence, their work-team membership) takes their consent.</summary>
public sealed class Consent(ILogger<Consent> logger)
{
    /// <summary>
    /// <c>null</c> when the actor may act on <paramref name="subject"/>; otherwise the refusal naming who may
    /// <paramref name="what"/> instead (and the refusal is logged).
    /// </summary>
    public Reply? Refused(Session session, Person subject, string what)
    {
        if (Permissions.MayActOn(session.Actor, subject, session.ActorIsAdmin))
        {
            return null;
        }

        Log.ActOnOtherRefused(logger, session.Actor.PlatformUserId, what, subject.PlatformUserId, session.Workspace.ExternalId);
        return Reply.Failure(Permissions.Refusal(subject, what));
    }
}
