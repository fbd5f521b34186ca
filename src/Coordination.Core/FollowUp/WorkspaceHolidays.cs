using System.Collections.Concurrent;

namespace Coordination.Core.FollowUp;

/// <summary>
/// Each workspace's imported holidays, held in memory so that building a calendar for a stakeholder reads no store:
/// the host loads them at start and on every refresh, and replaces a workspace's set whenever its calendar is imported.
/// Holidays from configured files apply in every workspace.
/// </summary>
public sealed class WorkspaceHolidays
{
    private readonly ConcurrentDictionary<Guid, IReadOnlySet<DateOnly>> _own = new();
    private readonly ConcurrentDictionary<Guid, IReadOnlySet<DateOnly>> _merged = new();
    private volatile IReadOnlySet<DateOnly> _everywhere = new HashSet<DateOnly>();

    /// <summary>The workspace's holidays, with those that apply everywhere.</summary>
    public IReadOnlySet<DateOnly> Of(Guid workspaceId) => _merged.TryGetValue(workspaceId, out var days) ? days : _everywhere;

    /// <summary>The workspace's own holidays, without those that apply everywhere.</summary>
    public IReadOnlySet<DateOnly> OwnOf(Guid workspaceId) => _own.TryGetValue(workspaceId, out var days) ? days : Holidays.None.Workspace;

    /// <summary>Replaces the workspace's holidays all at once.</summary>
    public void Replace(Guid workspaceId, IEnumerable<DateOnly> days)
    {
        var own = days.ToHashSet();
        _own[workspaceId] = own;
        _merged[workspaceId] = own.Union(_everywhere).ToHashSet();
    }

    /// <summary>Replaces the holidays that apply in every workspace.</summary>
    public void ReplaceEverywhere(IEnumerable<DateOnly> days)
    {
        _everywhere = days.ToHashSet();
        foreach (var (workspaceId, own) in _own)
        {
            _merged[workspaceId] = own.Union(_everywhere).ToHashSet();
        }
    }
}
