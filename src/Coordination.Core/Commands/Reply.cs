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

    /// <summary>A form to open (the decision template); <see cref="Text"/> stands in for it where forms cannot be shown.</summary>
    public ChatForm? Form { get; init; }

    /// <summary>The field of a submitted form that <see cref="Text"/> is about, for the form to show it there.</summary>
    public string? Field { get; init; }

    /// <summary>Whether the reply shows a secret once, so no stored copy of it outlives its delivery.</summary>
    public bool ShowsSecret { get; init; }

    public static Reply Failure(string text) => new(text, false);
}
