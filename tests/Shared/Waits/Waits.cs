namespace Coordination.Testing;

/// <summary>
/// The two ways a test waits for the world outside it: polling with a deadline for what a background worker or a
/// fake server records on its own time, and a fake's pause that ends early when the caller hangs up.
/// </summary>
public static class Waits
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>Polls <paramref name="probe"/> until it gives a value; after <paramref name="timeout"/> fails with <paramref name="missing"/>'s words.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, Func<string> missing)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(missing);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(missing());
            }

            await Task.Delay(Interval);
        }
    }

    /// <inheritdoc cref="UntilAsync{T}(Func{Task{T}}, TimeSpan, Func{string})"/>
    public static Task<T> UntilAsync<T>(Func<T?> probe, TimeSpan timeout, Func<string> missing)
        where T : class =>
        UntilAsync(() => Task.FromResult(probe()), timeout, missing);

    /// <summary>Waits <paramref name="delay"/>; <c>false</c> when <paramref name="aborted"/> ends it first (the client gave up).</summary>
    public static async Task<bool> DelayUnlessAbortedAsync(TimeSpan delay, CancellationToken aborted)
    {
        try
        {
            await Task.Delay(delay, aborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
