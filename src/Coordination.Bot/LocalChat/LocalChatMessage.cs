using Coordination.Core.Chat;

namespace Coordination.Bot.LocalChat;

/// <summary>A message the local channel delivered, with the id that becomes a thread id for the request it started.</summary>
public sealed record LocalChatMessage(string Id, OutgoingMessage Message)
{
    /// <summary>When it was delivered, on the bot's clock.</summary>
    public DateTimeOffset DeliveredAt { get; init; }
}
