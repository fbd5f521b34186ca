using Coordination.Core.Chat;
using Coordination.Core.Requests;

namespace Coordination.Core.Commands;

/// <summary>What the person who sent a command sees (ephemeral where the platform allows).</summary>
public sealed record Reply(string Text, bool Succeeded = true)
{
    /// <summary>The state of the request the command acted on, when it acted on one.</summary>
    public RequestState? Request { get; init; }

    /// <summary>Buttons under the reply (Confirm / Edit when the bot only half understood).</summary>
    public IReadOnlyList<MessageButton> Buttons { get; init; } = [];

    public static Reply Failure(string text) => new(text, false);
}
