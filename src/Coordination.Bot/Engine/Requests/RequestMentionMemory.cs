using System.Collections.Concurrent;
using Coordination.Core.Chat;
using Coordination.Core.Requests;

namespace Coordination.Bot.Engine.Requests;

/// <summary>
/// Which requests each writer was shown a line on, and when: a mention of the same request by the same writer shows
/// it again only after <see cref="Interval"/>. Kept in memory, per bot process: a restart (or a second instance)
/// may show a line once more within the hour.
/// </summary>
public sealed class RequestMentionMemory
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<(ChatPlatform Platform, string Workspace, string Writer, int Number), DateTimeOffset> _shown = new();

    /// <summary>Whether the line may be shown now; if so, it counts as shown.</summary>
    public bool TryShow(Workspace workspace, string writer, int number, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var key = (workspace.Platform, workspace.ExternalId, writer, number);
        if (_shown.TryGetValue(key, out var at) && now - at < Interval)
        {
            return false;
        }

        if (_shown.Count >= MaxRemembered)
        {
            Forget(now);
        }

        _shown[key] = now;
        return true;
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, at) in _shown)
        {
            if (now - at >= Interval)
            {
                _shown.TryRemove(key, out _);
            }
        }

        if (_shown.Count >= MaxRemembered)
        {
            _shown.Clear();
        }
    }
}
