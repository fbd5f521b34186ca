namespace Coordination.Core.Chat;

/// <summary>
/// A platform-neutral message: text that mentions people as <c>&lt;@id&gt;</c>, where it goes, and its buttons.
/// </summary>
public sealed record OutgoingMessage(
    ChatPlatform Platform,
    string WorkspaceId,
    MessageDestination Destination,
    string Text,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<MessageButton> Buttons)
{
    /// <summary>A form the message carries (where the platform shows inputs in a message) or offers to open.</summary>
    public ChatForm? Form { get; init; }

    /// <summary>
    /// Whether the message shows a secret once (a new API token, a webhook's signing secret): its stored copy is blanked as
    /// soon as it is delivered or given up.
    /// </summary>
    public bool ShowsSecret { get; init; }

    /// <summary>A file that goes with the message (a chart, an export).</summary>
    public MessageFile? File { get; init; }

    /// <summary>A file offered for the person's consent before it is uploaded (Teams' personal chat).</summary>
    public FileOffer? Offer { get; init; }

    /// <summary>A file the person accepted, now in their own storage.</summary>
    public SharedFile? Shared { get; init; }

    /// <summary>
    /// The conversation the message goes into, as the outbox orders and paces them: a channel (any thread in it, and
    /// what only one person there sees, belong to the channel) or a person's direct messages.
    /// </summary>
    public string ConversationKey() => Destination.Kind == DestinationKind.Direct
        ? $"{Platform}/{WorkspaceId}/@{Destination.Address}"
        : $"{Platform}/{WorkspaceId}/{MessageDestination.ChannelOf(Destination.Address)}";

    /// <summary>The text with every mention written as <c>@DisplayName</c> and dates as their fallback, for logs, the CLI and the local page.</summary>
    public string PlainText() =>
        Mentions.Aggregate(ChatText.WithoutDates(Text), (text, mention) => text.Replace(mention.Token, "@" + mention.DisplayName, StringComparison.Ordinal));
}
