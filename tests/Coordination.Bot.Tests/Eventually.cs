using Coordination.Testing;

namespace Coordination.Bot.Tests;

/// <summary>Waits, really, for what a background worker does on its own time.</summary>
internal static class Eventually
{
    /// <summary>Polls <paramref name="probe"/> until it gives a value; fails naming <paramref name="what"/> after <paramref name="timeout"/> (5 s).</summary>
    public static Task<T> Async<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
        where T : class =>
        Waits.UntilAsync(probe, timeout ?? TimeSpan.FromSeconds(5), () => $"Still waiting for {what}.");
}
