namespace Coordination.Core.Chat;

/// <summary>
/// How fast a platform accepts messages: the buckets every message into one conversation draws from, and those every
/// message into one workspace (a Slack team, a Teams tenant) draws from. A message goes when all of them allow it.
/// </summary>
public sealed record DeliveryLimits(IReadOnlyList<RateLimit> PerConversation, IReadOnlyList<RateLimit> PerWorkspace)
{
    /// <summary>No pacing at all (the local chat, a loopback sink).</summary>
    public static readonly DeliveryLimits None = new([], []);

    /// <summary>The earliest instant at or after <paramref name="now"/> that every bucket allows a message.</summary>
    public static DateTimeOffset NextAllowed(IReadOnlyList<RateLimit> buckets, IReadOnlyList<DateTimeOffset?> states, DateTimeOffset now)
    {
        var next = now;
        for (var i = 0; i < buckets.Count; i++)
        {
            var allowed = buckets[i].NextAllowed(StateAt(states, i), now);
            next = allowed > next ? allowed : next;
        }

        return next;
    }

    /// <summary>Every bucket's state after a message went at <paramref name="at"/>.</summary>
    public static DateTimeOffset?[] Take(IReadOnlyList<RateLimit> buckets, IReadOnlyList<DateTimeOffset?> states, DateTimeOffset at) =>
        [.. buckets.Select((bucket, i) => (DateTimeOffset?)bucket.Take(StateAt(states, i), at))];

    private static DateTimeOffset? StateAt(IReadOnlyList<DateTimeOffset?> states, int index) => index < states.Count ? states[index] : null;
}
