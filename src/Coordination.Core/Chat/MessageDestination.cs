namespace Coordination.Core.Chat;

public enum DestinationKind
{
    /// <summary>A post into a channel, inside <see cref="MessageDestination.ThreadId"/> when it is set.</summary>
    Thread = 0,

    /// <summary>A direct message to the person whose platform id is <see cref="MessageDestination.Address"/>.</summary>
    Direct = 1,
}

/// <summary>Where an outgoing message goes: a channel (and thread) or a person's direct messages.</summary>
public sealed record MessageDestination(DestinationKind Kind, string Address, string? ThreadId = null)
{
    public static MessageDestination InThread(ThreadRef thread) => new(DestinationKind.Thread, thread.Channel, thread.ThreadId);

    public static MessageDestination DirectTo(string platformUserId) => new(DestinationKind.Direct, platformUserId);

    public override string ToString() => Kind == DestinationKind.Direct
        ? $"DM to {Address}"
        : ThreadId is null ? Address : $"{Address} (thread {ThreadId})";
}
