namespace Coordination.Core.Commands;

/// <summary>What the person who sent a command sees (ephemeral where the platform allows).</summary>
public sealed record Reply(string Text, bool Succeeded = true)
{
    public static Reply Failure(string text) => new(text, false);
}
