namespace Coordination.Core.Commands;

/// <summary>A command on the workspace's outgoing webhooks: only its admins may give one.</summary>
public abstract record WebhookCommand(CommandContext Context) : ChatCommand(Context);

/// <summary><c>webhook add &lt;url&gt; [events…]</c>: a new endpoint for those events (none named: all of them).</summary>
public sealed record AddWebhookCommand(CommandContext Context, string Url, IReadOnlyList<string> Events) : WebhookCommand(Context);

/// <summary><c>webhook list</c>: the workspace's endpoints, never their secrets.</summary>
public sealed record ListWebhooksCommand(CommandContext Context) : WebhookCommand(Context);

/// <summary><c>webhook remove &lt;id&gt;</c>: the endpoint stops getting deliveries.</summary>
public sealed record RemoveWebhookCommand(CommandContext Context, string Id) : WebhookCommand(Context);
