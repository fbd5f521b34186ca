namespace Coordination.Core.Chat;

/// <summary>Where a request lives: a channel, and the thread inside it once there is one.</summary>
public sealed record ThreadRef(string Channel, string? ThreadId)
{
    /// <summary>The thread as the paper trail names it.</summary>
    public string ToWhere() => MessageDestination.InThread(this).ToString();
}
