namespace Coordination.Core.Requests;

/// <summary>
/// Who may act on whom: on their own behalf anyone; on someone else's (their lead, their absence, their teams) only
/// that person's current lead or a workspace admin. Naming people as stakeholders of one's own request is not acting on them.
/// </summary>
public static class Permissions
{
    /// <summary>
    /// Whether <paramref name="actor"/> may change what belongs to <paramref name="subject"/>. <paramref name="actorIsAdmin"/>
    /// is what the platform vouches for beyond the person's recorded flag (Teams' configured admins).
    /// </summary>
    public static bool MayActOn(Person actor, Person subject, bool actorIsAdmin = false)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(subject);
        if (actor.WorkspaceId != subject.WorkspaceId)
        {
            return false;
        }

        return actor.Id == subject.Id || subject.LeadId == actor.Id || actorIsAdmin || actor.IsWorkspaceAdmin;
    }

    /// <summary>The refusal: who may do <paramref name="what"/> (e.g. "set Bob's lead") instead.</summary>
    public static string Refusal(Person subject, string what)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var lead = subject.Lead is { } known ? $", their lead {known.DisplayName}" : ", their lead";
        return $"Only {subject.DisplayName}{lead} or a workspace admin can {what}. Nothing was changed.";
    }
}
