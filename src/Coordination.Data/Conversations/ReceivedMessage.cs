using Coordination.Core.Chat;

namespace Coordination.Data.Conversations;

/// <summary>
/// A message the bot received in a thread (Slack <c>message</c> events, Teams channel messages), kept so a thread can
/// be summarised without asking the platform for its history again.
/// </summary>
public sealed class ReceivedMessage
{
    public const int MaxTextLength = 4000;

    private ReceivedMessage()
    {
        WorkspaceExternalId = string.Empty;
        Channel = string.Empty;
        ThreadId = string.Empty;
        AuthorId = string.Empty;
        AuthorName = string.Empty;
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public ChatPlatform Platform { get; private set; }

    public string WorkspaceExternalId { get; private set; }

    public string Channel { get; private set; }

    public string ThreadId { get; private set; }

    public string AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static ReceivedMessage Keep(ChatPlatform platform, string workspace, ThreadRef thread, string authorId, string? authorName, string text, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        Platform = platform,
        WorkspaceExternalId = workspace,
        Channel = thread.Channel,
        ThreadId = thread.ThreadId ?? thread.Channel,
        AuthorId = authorId,
        AuthorName = authorName ?? authorId,
        Text = text.Length <= MaxTextLength ? text : text[..MaxTextLength],
        At = at,
    };
}
