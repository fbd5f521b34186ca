using System.Data.Common;
using Coordination.Core.Chat;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Home;

/// <summary>
/// Republishes the Slack Homes of people whose Home changed, debounced: changes are collected for
/// <see cref="Debounce"/> after the first, then each person's Home is published once, so a burst costs one publish
/// per person and no one gets more than one every <see cref="Debounce"/>.
/// </summary>
public sealed class HomeRefresher(IServiceScopeFactory scopes, SlackHomePublisher publisher, TimeProvider time, ILogger<HomeRefresher> logger) : IDisposable
{
    public static readonly TimeSpan Debounce = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();
    private HashSet<Guid> _due = [];
    private ITimer? _timer;

    /// <summary>The Homes of these people (by their ids) changed.</summary>
    public void Changed(IReadOnlyCollection<Guid> people)
    {
        if (people.Count == 0)
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
            foreach (var viewer in viewers)
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
