namespace Coordination.Core.FollowUp;

/// <summary>The days someone does not work though their week says they do: their own holidays and their workspace's.</summary>
public sealed record Holidays(IReadOnlySet<DateOnly> Personal, IReadOnlySet<DateOnly> Workspace)
{
    public static readonly Holidays None = new(new HashSet<DateOnly>(), new HashSet<DateOnly>());

    public bool Contains(DateOnly day) => Personal.Contains(day) || Workspace.Contains(day);
}
