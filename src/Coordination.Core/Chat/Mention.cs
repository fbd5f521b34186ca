namespace Coordination.Core.Chat;

/// <summary>
/// A person mentioned in an outgoing message. The message text refers to them as <c>&lt;@PlatformUserId&gt;</c>;
/// each platform renders that token its own way.
/// </summary>
public sealed record Mention(string PlatformUserId, string DisplayName)
{
    public string Token => $"<@{PlatformUserId}>";
}
