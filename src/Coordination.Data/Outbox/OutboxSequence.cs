namespace Coordination.Data.Outbox;

/// <summary>
/// Hands out outbox sequence numbers: microseconds since 1970 at the moment of queuing, made strictly increasing within
/// the process, so the messages one change queues keep their order and later changes come after earlier ones.
/// </summary>
public static class OutboxSequence
{
    private static long _last;

    public static long Next(DateTimeOffset now)
    {
        var candidate = (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;
        while (true)
        {
            var last = Volatile.Read(ref _last);
            var next = Math.Max(candidate, last + 1);
            if (Interlocked.CompareExchange(ref _last, next, last) == last)
            {
                return next;
            }
        }
    }
}
