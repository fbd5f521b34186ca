namespace Coordination.Slack.Socket;

/// <summary>
/// How long to wait before reconnecting after the <paramref name="failures"/>-th failure in a row: doubling from
/// one second, capped at <see cref="Cap"/>, and jittered ("full jitter" over the upper half) so many instances that
/// lost Slack at once do not come back in step. <paramref name="random"/> is a value in [0, 1).
/// </summary>
public static class SocketModeBackoff
{
    public static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    public static TimeSpan Delay(int failures, double random)
    {
        if (failures <= 0)
        {
            return TimeSpan.Zero;
        }

        var ceiling = Math.Min(Cap.TotalMilliseconds, Initial.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 30)));
        var jitter = Math.Clamp(random, 0, 1);
        return TimeSpan.FromMilliseconds((ceiling / 2) + (ceiling / 2 * jitter));
    }
}
