namespace Coordination.Bot.Tests;

/// <summary>Waits, really, for what a background worker does on its own time.</summary>
internal static class Eventually
{
    /// <summary>Polls <paramref name="probe"/> until it gives a value; fails naming <paramref name="what"/> after <paramref name="timeout"/> (5 s).</summary>
    public static async Task<T> Async<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still waiting for {what}.");
            }

            await Task.Delay(20);
        }
    }
}
