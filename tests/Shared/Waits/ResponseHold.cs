namespace Coordination.Testing;

/// <summary>
/// A fake server's answer held back until the test lets it go, so a test can act while a request is in flight (cancel
/// a caller, add another) without racing a timer: <see cref="Arrived"/> completes when the request reaches the fake,
/// <see cref="Release"/> lets the answer go.
/// </summary>
public sealed class ResponseHold
{
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a held request has arrived.</summary>
    public Task Arrived => _arrived.Task;

    public void Release() => _released.TrySetResult();

    /// <summary>Called by the fake: notes the arrival and waits for the release; <c>false</c> when the client hung up first.</summary>
    public async Task<bool> WaitAsync(CancellationToken aborted)
    {
        _arrived.TrySetResult();
        try
        {
            await _released.Task.WaitAsync(aborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
