namespace Coordination.Bot.Engine.Delivery;

/// <summary>
/// A wake-up that is never lost: <see cref="Set"/> before or during a wait ends it; <see cref="Reset"/> before looking
/// for work forgets only what that look will see anyway.
/// </summary>
public sealed class WakeSignal
{
    private TaskCompletionSource _set = NewSource();

    public void Set() => Volatile.Read(ref _set).TrySetResult();

    public void Reset()
    {
        var current = Volatile.Read(ref _set);
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _set, NewSource(), current);
        }
    }

    /// <summary>Completes when set, or after <paramref name="timeout"/> by <paramref name="time"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await Volatile.Read(ref _set).Task.WaitAsync(timeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // The poll's turn: look for work anyway.
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
