using Coordination.Core.Chat;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>A local channel whose answers the test scripts, one per call (the last one repeats).</summary>
public sealed class ScriptedChannel(params DeliveryResult[] answers) : IChatChannel
{
    private int _calls;

    public ChatPlatform Platform => ChatPlatform.Local;

    public int Calls => _calls;

    public Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        return Task.FromResult(answers[Math.Min(call, answers.Length) - 1]);
    }
}
