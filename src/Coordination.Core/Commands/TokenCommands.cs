namespace Coordination.Core.Commands;

/// <summary><c>token create &lt;name&gt;</c>: a new API token for the workspace, shown once to the admin who asked.</summary>
public sealed record TokenCreateCommand(CommandContext Context, string Name) : ChatCommand(Context);

/// <summary><c>token list</c>: the workspace's API tokens, by name, never the token itself.</summary>
public sealed record TokenListCommand(CommandContext Context) : ChatCommand(Context);

/// <summary><c>token revoke &lt;name&gt;</c>: the token stops working at once.</summary>
public sealed record TokenRevokeCommand(CommandContext Context, string Name) : ChatCommand(Context);
