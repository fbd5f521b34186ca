namespace Coordination.Core.Chat;

public enum DestinationKind
{
    /// <summary>A post into a channel, inside <see cref="MessageDestination.ThreadId"/> when it is set.</summary>
    Thread = 0,

    /// <summary>A direct message to the person whose platform id is <see cref="MessageDestination.Address"/>.</summary>
    Direct = 1,

    /// <summary>
    /// A message in a channel (and thread) that only <see cref="MessageDestination.Recipient"/> sees; platforms without
    /// such messages (Teams) answer in the conversation the command came from.
    /// </summary>
    Ephemeral = 2,

    /// <summary>A new version of the message <see cref="MessageDestination.MessageId"/> in channel <see cref="MessageDestination.Address"/>.</summary>
    Update = 3,
}

/// <summary>Where an outgoing message goes: a channel (and thread), a person's direct messages, or over an earlier message.</summary>
public sealed record MessageDestination(
    DestinationKind Kind,
    string Address,
    string? ThreadId = null,
    string? Recipient = null,
    string? MessageId = null)
{
    public static MessageDestination InThread(ThreadRef thread) => new(DestinationKind.Thread, thread.Channel, thread.ThreadId);

    public static MessageDestination DirectTo(string platformUserId) => new(DestinationKind.Direct, platformUserId);

    public static MessageDestination EphemeralTo(ThreadRef where, string platformUserId) =>
        new(DestinationKind.Ephemeral, where.Channel, where.ThreadId, Recipient: platformUserId);

    public static MessageDestination Replacing(string channel, string messageId) =>
        new(DestinationKind.Update, channel, MessageId: messageId);

    /// <summary>The channel of an address: a Teams thread's conversation id carries the thread after a <c>;</c>.</summary>
    public static string ChannelOf(string address)
    {
        var cut = address.IndexOf(';', StringComparison.Ordinal);
        return cut < 0 ? address : address[..cut];
    }

    public override string ToString() => Kind switch
    {
        DestinationKind.Direct => $"DM to {Address}",
        DestinationKind.Ephemeral => $"{Address} (only {Recipient})",
        DestinationKind.Update => $"{Address} (update of {MessageId})",
        _ => ThreadId is null ? Address : $"{Address} (thread {ThreadId})",
    };
}
