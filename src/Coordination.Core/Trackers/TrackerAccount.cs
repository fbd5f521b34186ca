namespace Coordination.Core.Trackers;

/// <summary>
/// A person's own account on a tracker (<c>me github octocat</c>): their comments on a linked issue count as their
/// answer. One person per account in a workspace.
/// </summary>
public sealed class TrackerAccount
{
    public const int MaxAccountLength = 200;

    private TrackerAccount()
    {
        Account = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    public Guid PersonId { get; private set; }

    public Tracker Tracker { get; private set; }

    /// <summary>The login, account id or e-mail address, in lower case (trackers compare them so).</summary>
    public string Account { get; private set; }

    public DateTimeOffset LinkedAt { get; private set; }

    public static string Normalize(string account) => account.Trim().ToLowerInvariant();

    public static TrackerAccount Link(Guid workspaceId, Guid personId, Tracker tracker, string account, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        WorkspaceId = workspaceId,
        PersonId = personId,
        Tracker = tracker,
        Account = Normalize(account),
        LinkedAt = at,
    };

    public void Change(string account, DateTimeOffset at)
    {
        Account = Normalize(account);
        LinkedAt = at;
    }
}
