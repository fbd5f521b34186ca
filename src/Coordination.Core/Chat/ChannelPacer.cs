
namespace Coordination.Core.Chat;

/// <summary>
/// Spaces posts into one (workspace, channel) by <paramref name="interval"/>: chat platforms allow about one message a
/// second per channel or conversation. Each caller reserves the next free slot, so concurrent posts queue up in order; other channels
/// never wait. Channels idle for longer than <see cref="IdleAfter"/> are forgotten.
/// </summary>
public sealed class ChannelPacer(TimeSpan interval, TimeProvider timeProvider)
{
    /// <summary>How long a channel's last slot is remembered once it has passed.</summary>
    public static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(1);

    private readonly TimeSpan _interval = interval;
    private readonly Dictionary<(string Team, string Channel), DateTimeOffset> _nextSlot = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>How many channels the pacer remembers (for tests).</summary>
    public int TrackedChannels
    {
        get
        {
            lock (_lock)
            {
                return _nextSlot.Count;
            }
        }
    }

    /// <summary>Completes when a post into <paramref name="channel"/> of <paramref name="teamId"/> may go out.</summary>
    public Task WaitTurnAsync(string teamId, string channel, CancellationToken cancellationToken)
    {
        if (_interval <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        var delay = Reserve(teamId, channel);
        return delay > TimeSpan.Zero ? Task.Delay(delay, timeProvider, cancellationToken) : Task.CompletedTask;
    }

    private TimeSpan Reserve(string teamId, string channel)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            SweepIdle(now);
            var key = (teamId, channel);
            var slot = _nextSlot.TryGetValue(key, out var next) && next > now ? next : now;
            _nextSlot[key] = slot + _interval;
            return slot - now;
        }
    }

    private void SweepIdle(DateTimeOffset now)
    {
        if (now - _lastSweep < IdleAfter)
        {
            return;
        }

        _lastSweep = now;
        foreach (var key in _nextSlot.Where(e => now - e.Value > IdleAfter).Select(e => e.Key).ToList())
        {
            _nextSlot.Remove(key);
        }
    }
}
