using Coordination.Core.Chat;

namespace Coordination.Data.Conversations;

/// <summary>
/// Where the bot can reach a conversation it has heard from (a Teams channel, group chat or personal chat): the
/// service URL of its last verified activity, refreshed whenever that changes.
/// </summary>
public sealed class ConversationReference
{
    private ConversationReference()
    {
        WorkspaceExternalId = string.Empty;
        ConversationId = string.Empty;
        ServiceUrl = string.Empty;
    }

    public Guid Id { get; private set; }

    public ChatPlatform Platform { get; private set; }

    /// <summary>The tenant (Teams) the conversation belongs to.</summary>
    public string WorkspaceExternalId { get; private set; }

    /// <summary>The conversation without its thread part.</summary>
    public string ConversationId { get; private set; }

    public string? ConversationType { get; private set; }

    /// <summary>The team a channel belongs to, so removing the bot from a team forgets all its channels.</summary>
    public string? TeamId { get; private set; }

    public string ServiceUrl { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ConversationReference Create(ChatPlatform platform, string workspace, string conversationId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Platform = platform,
        WorkspaceExternalId = workspace,
        ConversationId = conversationId,
        UpdatedAt = now,
    };

    public void Refresh(string serviceUrl, string? conversationType, string? teamId, DateTimeOffset now)
    {
        ServiceUrl = serviceUrl;
        ConversationType = conversationType ?? ConversationType;
        TeamId = teamId ?? TeamId;
        UpdatedAt = now;
    }
}
