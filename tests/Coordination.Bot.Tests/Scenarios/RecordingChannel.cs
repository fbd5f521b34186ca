using Coordination.Core.Chat;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>
/// A local channel that keeps every message it accepted with the instant it did, paced by <see cref="Limits"/>; a
/// test can refuse calls (<see cref="Refuse"/>) or make one call "crash" the process sending it.
/// </summary>
public sealed class RecordingChannel(TimeProvider time, DeliveryLimits? limits = null) : IChatChannel
{
    private readonly List<(OutgoingMessage Message, DateTimeOffset At)> _accepted = [];
    private int _calls;

    public ChatPlatform Platform => ChatPlatform.Local;

    public DeliveryLimits Limits { get; } = limits ?? DeliveryLimits.None;

    /// <summary>Answers a call (by its number and message) with a failure, or <c>null</c> to accept it.</summary>
    public Func<int, OutgoingMessage, DeliveryResult?>? Refuse { get; set; }

    /// <summary>The call after which the sender's process dies: the platform has the message, the sender never hears so.</summary>
    public int? CrashAfterCall { get; set; }

    public CancellationTokenSource? Crash { get; set; }

    public IReadOnlyList<(OutgoingMessage Message, DateTimeOffset At)> Accepted
    {
        get
        {
            lock (_accepted)
            {
                return [.. _accepted];
            }
        }
    }

    public Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        if (Refuse?.Invoke(call, message) is { } refused)
        {
            return Task.FromResult(refused);
        }

        lock (_accepted)
        {
            _accepted.Add((message, time.GetUtcNow()));
        }

        if (call == CrashAfterCall)
        {
            Crash!.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
        }

        return Task.FromResult(DeliveryResult.Success($"m-{call}"));
    }
}
