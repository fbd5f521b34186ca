using System.Collections.Concurrent;
using System.Data.Common;
using Coordination.Core.Chat;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Home;

/// <summary>
/// Republishes the Slack Homes of people whose Home changed, debounced: changes are collected for
/// <see cref="Debounce"/> after the first, then each person's Home is published once, so a burst costs one publish
/// per person and no one gets more than one every <see cref="Debounce"/>. Only the Homes of people who opened theirs
/// since this instance started are kept fresh: opening it always publishes it as it stands, so nobody else's needs a
/// call to Slack on every change.
/// </summary>
public sealed class HomeRefresher(IServiceScopeFactory scopes, TimeProvider time, ILogger<HomeRefresher> logger) : IDisposable
{
    public static readonly TimeSpan Debounce = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<(string Team, string User), bool> _viewers = new();
    private HashSet<Guid> _due = [];
    private ITimer? _timer;

    /// <summary>This person opened their Home in this Slack workspace: keep it fresh from now on.</summary>
    public void Opened(string team, string userId) => _viewers[(team, userId)] = true;

    /// <summary>The Homes of these people (by their ids) changed.</summary>
    public void Changed(IReadOnlyCollection<Guid> people)
    {
        if (people.Count == 0 || _viewers.IsEmpty)
        {
            return;
        }

        lock (_gate)
        {
            _due.UnionWith(people);
            _timer ??= time.CreateTimer(_ => _ = RefreshAsync(), null, Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose() => _timer?.Dispose();

    private async Task RefreshAsync()
    {
        HashSet<Guid> due;
        lock (_gate)
        {
            (due, _due) = (_due, []);
            _timer?.Dispose();
            _timer = null;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
            var viewers = await db.People.AsNoTracking()
                .Where(p => due.Contains(p.Id))
                .Join(db.Workspaces.Where(w => w.Platform == ChatPlatform.Slack), p => p.WorkspaceId, w => w.Id, (p, w) => new { w.ExternalId, p.PlatformUserId })
                .ToListAsync();
            var publisher = scope.ServiceProvider.GetRequiredService<SlackHomePublisher>();
            foreach (var viewer in viewers.Where(v => _viewers.ContainsKey((v.ExternalId, v.PlatformUserId))))
            {
                await publisher.PublishAsync(viewer.ExternalId, viewer.PlatformUserId, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or HttpRequestException or ObjectDisposedException)
        {
            Log.HomeRefreshFailed(logger, ex, due.Count);
        }
    }
}
