namespace Coordination.Core.Chat;

/// <summary>
/// A token bucket: at most <see cref="Burst"/> messages at once, then one every <see cref="Interval"/>. Its whole
/// state is one instant, the theoretical arrival time of the next message (the generic cell rate algorithm), so it can
/// be kept in one column and shared by every instance. A documented limit of n messages in any period p holds when
/// <c>Burst + p / Interval ≤ n</c>.
/// </summary>
public sealed record RateLimit(int Burst, TimeSpan Interval)
{
    /// <summary>The earliest instant at or after <paramref name="now"/> a message may go, given the bucket's state (<c>null</c>: full).</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset? state, DateTimeOffset now)
    {
        var allowed = (state ?? now) - (Interval * (Burst - 1));
        return allowed > now ? allowed : now;
    }

    /// <summary>The bucket's state after a message went at <paramref name="at"/>.</summary>
    public DateTimeOffset Take(DateTimeOffset? state, DateTimeOffset at) => (state is { } s && s > at ? s : at) + Interval;
}
