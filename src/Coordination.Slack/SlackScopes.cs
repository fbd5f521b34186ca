namespace Coordination.Slack;

/// <summary>
/// The bot scopes the app asks for, and no more: the manifest lists the same, and a test holds the two together. Not
/// <c>chat:write.public</c>: the bot must be a member of a request's channel to hear the replies in its thread, so it
/// says "invite me" instead of posting where it cannot listen.
/// </summary>
public static class SlackScopes
{
    public static readonly IReadOnlyList<string> Bot =
    [
        "commands",
        "chat:write",
        "app_mentions:read",
        "channels:history",
        "groups:history",
        "im:write",
        "im:history",
        "reactions:read",
        "users:read",
        "usergroups:read",
        "files:write",
    ];
}
