namespace Coordination.Slack;

/// <summary>The bot scopes the app asks for, and no more (the manifest lists the same).</summary>
public static class SlackScopes
{
    public static readonly IReadOnlyList<string> Bot =
    [
        "commands",
        "chat:write",
        "chat:write.public",
        "app_mentions:read",
        "channels:history",
        "groups:history",
        "im:write",
        "users:read",
        "usergroups:read",
        "files:write",
    ];
}
