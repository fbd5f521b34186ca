using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Digests;

/// <summary>Where and when a workspace's weekly digest goes: its channel, its zone, and the last time one was due.</summary>
public sealed class DigestPlan(DigestSchedule digestSchedule, FollowUpSchedule schedule, IOptions<DigestOptions> options)
{
    /// <summary><c>Digest:Channel</c>, for workspaces that chose none of their own.</summary>
    public string? DefaultChannel => options.Value.Channel;

    /// <summary>Where <paramref name="workspace"/>'s digest goes: its own channel, else <c>Digest:Channel</c>.</summary>
    public string? ChannelOf(Workspace workspace) => workspace.DigestChannel ?? options.Value.Channel;

    public TimeZoneInfo ZoneOf(Workspace workspace) =>
        FollowUpSchedule.FindZone(workspace.TimeZoneId) ?? FollowUpSchedule.FindZone(schedule.Policy.DefaultTimeZone) ?? TimeZoneInfo.Utc;

    /// <summary>When the last scheduled digest was due for <paramref name="workspace"/>, if within the last week.</summary>
    public DateTimeOffset? LastDue(Workspace workspace, DateTimeOffset now) => digestSchedule.LastDueAtOrBefore(now, ZoneOf(workspace));
}
