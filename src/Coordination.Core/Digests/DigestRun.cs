namespace Coordination.Core.Digests;

/// <summary>
/// A digest posted to a workspace. A scheduled one carries its <see cref="Week"/> (<c>2026-W49</c>), unique per
/// workspace: the record is written with the post, so however many instances run, a week gets one. One posted on
/// demand (<c>digest now</c>) has no week.
/// </summary>
public sealed class DigestRun
{
    private DigestRun()
    {
        Channel = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    /// <summary>The ISO week of a scheduled digest; <c>null</c> for one posted on demand.</summary>
    public string? Week { get; private set; }

    /// <summary>The end of the seven days it covers.</summary>
    public DateTimeOffset PeriodEnd { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    public string Channel { get; private set; }

    public static DigestRun Post(Guid workspaceId, string? week, DateTimeOffset periodEnd, string channel, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        WorkspaceId = workspaceId,
        Week = week,
        PeriodEnd = periodEnd,
        Channel = channel,
        PostedAt = at,
    };
}

/// <summary>One person's 👍 or 👎 on a digest ("was this useful?"); a second press changes it.</summary>
public sealed class DigestVote
{
    private DigestVote()
    {
    }

    public Guid Id { get; private set; }

    public Guid DigestId { get; private set; }

    public Guid PersonId { get; private set; }

    public bool Useful { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static DigestVote Cast(Guid digestId, Guid personId, bool useful, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        DigestId = digestId,
        PersonId = personId,
        Useful = useful,
        At = at,
    };

    public void Change(bool useful, DateTimeOffset at) => (Useful, At) = (useful, at);
}
