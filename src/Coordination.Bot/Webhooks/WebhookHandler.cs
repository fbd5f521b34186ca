using Coordination.Bot.Engine;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Webhooks;
using Coordination.Data;
using Coordination.Data.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Webhooks;

/// <summary>
/// <c>webhook add</c>, <c>webhook list</c> and <c>webhook remove</c>, for workspace admins only. The secret is shown once,
/// in the reply only the admin sees (on Teams, outside the personal chat, by direct message instead).
/// </summary>
public sealed class WebhookHandler(CoordinationDbContext db, OutboundUrlGuard guard, WebhookSecrets secrets, DirectMessages direct)
    : ICommandHandler<AddWebhookCommand>,
      ICommandHandler<ListWebhooksCommand>,
      ICommandHandler<RemoveWebhookCommand>
{
    public const int MaxEndpoints = 20;

    public const string Refusal = "Only a workspace admin can add, list or remove webhooks. Nothing was changed.";

    public async Task<Reply> HandleAsync(Session session, AddWebhookCommand command, CancellationToken cancellationToken)
    {
        if (!IsAdmin(session))
        {
            return Reply.Failure(Refusal);
        }

        if (await UrlProblemAsync(command.Url, cancellationToken) is { } problem)
        {
            return Reply.Failure($"I can't deliver webhooks there: {problem} Nothing was added.");
        }

        if (await db.WebhookEndpoints.CountAsync(e => e.WorkspaceId == session.Workspace.Id, cancellationToken) >= MaxEndpoints)
        {
            return Reply.Failure($"This workspace has {MaxEndpoints} webhooks already: remove one first with `/coord webhook remove <id>`.");
        }

        var secret = WebhookSignature.NewSecret();
        var url = new Uri(command.Url).AbsoluteUri;
        var endpoint = WebhookEndpoint.Add(session.Workspace.Id, url, command.Events, secrets.Protect(secret), session.Actor.Id, session.Now);
        db.WebhookEndpoints.Add(endpoint);
        var added = $"Added webhook `{endpoint.Key}` for {Events(endpoint)} to `{url}`.";
        var shown = $"Its signing secret, shown only this once: `{secret}`\nCheck `{WebhookSignature.SignatureHeader}` on each delivery with it (see the README's \"Outgoing webhooks\").";
        if (session.Workspace.Platform == ChatPlatform.Teams && !command.Context.InDirectMessage)
        {
            direct.SendToActor(session, $"{added}\n{shown}", null, "webhook-secret", showsSecret: true);
            return new Reply($"{added} I sent you its signing secret in our personal chat; it is shown only once.");
        }

        return new Reply($"{added}\n{shown}") { ShowsSecret = true };
    }

    public async Task<Reply> HandleAsync(Session session, ListWebhooksCommand command, CancellationToken cancellationToken)
    {
        if (!IsAdmin(session))
        {
            return Reply.Failure(Refusal);
        }

        var endpoints = await db.WebhookEndpoints.AsNoTracking()
            .Where(e => e.WorkspaceId == session.Workspace.Id)
            .OrderBy(e => e.CreatedAt)
            .ToListAsync(cancellationToken);
        return endpoints.Count == 0
            ? new Reply("No webhooks yet: add one with `/coord webhook add <https url> [events…]`.")
            : new Reply(string.Join('\n', endpoints.Select(Line).Prepend($"*Webhooks* ({endpoints.Count}):")));
    }

    public async Task<Reply> HandleAsync(Session session, RemoveWebhookCommand command, CancellationToken cancellationToken)
    {
        if (!IsAdmin(session))
        {
            return Reply.Failure(Refusal);
        }

        var key = command.Id.Trim('`').ToLowerInvariant();
        if (await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.WorkspaceId == session.Workspace.Id && e.Key == key, cancellationToken) is not { } endpoint)
        {
            return Reply.Failure($"There is no webhook `{key.Replace('`', '\'')}` here: `/coord webhook list` shows their ids.");
        }

        db.WebhookEndpoints.Remove(endpoint);
        return new Reply($"Removed webhook `{endpoint.Key}` (`{endpoint.Url}`): nothing more is sent to it.");
    }

    /// <summary>The platform vouches for the actor, or the person is recorded as an admin.</summary>
    public static bool IsAdmin(Session session) => session.ActorIsAdmin || session.Actor.IsWorkspaceAdmin;

    /// <summary>One endpoint in <c>webhook list</c> (and on the dashboard): never its secret.</summary>
    public static string Line(WebhookEndpoint endpoint)
    {
        var state = endpoint.Enabled ? "enabled" : "*disabled*";
        var failure = endpoint.LastFailureAt is { } at ? $" · last failure {at:yyyy-MM-dd HH:mm} UTC: {endpoint.LastFailure}" : string.Empty;
        return $"• `{endpoint.Key}` `{endpoint.Url}` · {Events(endpoint)} · {state}{failure}";
    }

    private static string Events(WebhookEndpoint endpoint) =>
        endpoint.EventTypes.Count == 0 ? "all events" : string.Join(", ", endpoint.EventTypes.Select(t => $"`{t}`"));

    private async Task<string?> UrlProblemAsync(string text, CancellationToken cancellationToken)
    {
        if (text.Length > WebhookEndpoint.MaxUrlLength || !Uri.TryCreate(text, UriKind.Absolute, out var url) || !string.IsNullOrEmpty(url.UserInfo) || url.IsFile)
        {
            return "that isn't an https URL.";
        }

        return await guard.ProblemAsync(url, cancellationToken);
    }
}
