using System.Diagnostics;
using Coordination.Data;
using Coordination.Data.Outbox;

namespace Coordination.Bot.Telemetry;

/// <summary>
/// Reads the outbox's depth and oldest message for the gauges, at most once per <see cref="CacheFor"/>: a scraper
/// polling every second, or both gauges read in one collection, costs one pair of indexed queries, not one each.
/// </summary>
public sealed class OutboxGauge(IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxGauge> logger)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private (long Depth, DateTimeOffset? Oldest)? _last;
    private long _readAt;

    /// <summary>The outbox now (from a read at most <see cref="CacheFor"/> old), or nothing if it could not be read yet.</summary>
    public OutboxSnapshot? Read()
    {
        lock (_lock)
        {
            if (_last is null || Stopwatch.GetElapsedTime(_readAt) >= CacheFor)
            {
                Refresh();
            }

            if (_last is not { } last)
            {
                return null;
            }

            var age = last.Oldest is { } oldest ? time.GetUtcNow() - oldest : TimeSpan.Zero;
            return new OutboxSnapshot(last.Depth, age > TimeSpan.Zero ? age : TimeSpan.Zero);
        }
    }

    private void Refresh()
    {
        _readAt = Stopwatch.GetTimestamp();
        try
        {
            using var scope = scopes.CreateScope();
            var pending = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().OutboxMessages.Where(m => m.Status == OutboxStatus.Pending);
            _last = (pending.LongCount(), pending.Min(m => (DateTimeOffset?)m.CreatedAt));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A scrape must never fail the host: keep the last reading, and try again after the cache time.
            Log.OutboxGaugeUnreadable(logger, ex);
        }
    }
}
