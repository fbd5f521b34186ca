using Coordination.Core.Chat;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// One message of the local page: a person's or the bot's, in a conversation (and a thread's root, when it is a
/// reply). <see cref="Version"/> moves on whenever the message changes (the bot updated it), so a reader asking
/// for what changed since a version sees it again.
/// </summary>
public sealed record LocalTranscriptEntry(
    string Id,
    long Order,
    long Version,
    string Conversation,
    string? ThreadId,
    string Author,
    string Text,
    DateTimeOffset At)
{
    public IReadOnlyList<MessageButton> Buttons { get; init; } = [];

    /// <summary>The only person who sees it (the answer to their command); <c>null</c>: everyone in the conversation.</summary>
    public string? VisibleTo { get; init; }

    public MessageFile? File { get; init; }

    /// <summary>What the bot sent, for a press to show the request's new state on it; <c>null</c> for people's messages.</summary>
    public OutgoingMessage? Source { get; init; }

    public bool Edited { get; init; }

    /// <summary>The ✅ and 👀 people left on it, in the order they came.</summary>
    public IReadOnlyList<LocalReaction> Reactions { get; init; } = [];

    public bool IsVisibleTo(string person) =>
        (VisibleTo is null || VisibleTo == person) && LocalWorkspace.Sees(person, Conversation);
}
