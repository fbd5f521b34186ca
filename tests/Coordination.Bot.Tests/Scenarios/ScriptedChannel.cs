using Coordination.Core.Chat;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>A local channel whose answers the test scripts, one per call (the last one repeats).</summary>
public sealed class ScriptedChannel(params DeliveryResult[] answers) : IChatChannel
{
    private readonly List<OutgoingMessage> _sent = [];
    private int _calls;

    public ChatPlatform Platform => ChatPlatform.Local;

    public int Calls => _calls;

    /// <summary>Every message the engine tried to send, in order.</summary>
    public IReadOnlyList<OutgoingMessage> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    public Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        lock (_sent)
        {
            _sent.Add(message);
        }

        return Task.FromResult(answers[Math.Min(call, answers.Length) - 1]);
    }
}
