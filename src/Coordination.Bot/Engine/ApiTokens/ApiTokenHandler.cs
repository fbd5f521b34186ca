using System.Globalization;
using System.Text;
using Coordination.Bot.Api;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.ApiTokens;

/// <summary>
/// <c>token create|list|revoke</c>: the workspace's API tokens, for its admins only. A new token's secret is in the
/// reply (which only its asker sees) and nowhere else; the database keeps its hash.
/// </summary>
public sealed class ApiTokenHandler(CoordinationDbContext db)
    : ICommandHandler<TokenCreateCommand>,
      ICommandHandler<TokenListCommand>,
      ICommandHandler<TokenRevokeCommand>
{
    private const string AdminsOnly = "Only a workspace admin can manage API tokens. Nothing was changed.";

    public async Task<Reply> HandleAsync(Session session, TokenCreateCommand command, CancellationToken cancellationToken)
    {
        if (!IsAdmin(session))
        {
            return Reply.Failure(AdminsOnly);
        }

        // Teams has no message only one person sees: in a channel the token would be shown to everyone there.
        if (session.Workspace.Platform == ChatPlatform.Teams && !command.Context.InDirectMessage)
        {
            return Reply.Failure("Ask me for a token in our personal chat: here everyone in the conversation would see it. Nothing was created.");
        }

        if (await db.ApiTokens.AnyAsync(t => t.WorkspaceId == session.Workspace.Id && t.Name == command.Name, cancellationToken))
        {
            return Reply.Failure($"There is already a token named `{command.Name}` (revoked ones keep their name): choose another name.");
        }

        var secret = ApiTokenSecret.New();
        db.ApiTokens.Add(ApiToken.Create(session.Workspace.Id, command.Name, ApiTokenSecret.Hash(secret), session.Actor.Id, session.Now));
        return new Reply(
            $"API token `{command.Name}` created. Copy it now: it is shown this once and cannot be shown again.\n`{secret}`\n" +
            "Send it as `Authorization: Bearer <token>` to `/api/v1`. `/coord token revoke " + command.Name + "` stops it.")
        {
            ShowsSecret = true,
        };
    }

    public async Task<Reply> HandleAsync(Session session, TokenListCommand command, CancellationToken cancellationToken)
    {
        if (!IsAdmin(session))
        {
            return Reply.Failure(AdminsOnly);
        }

        var tokens = await (
            from token in db.ApiTokens
            where token.WorkspaceId == session.Workspace.Id
            join person in db.People on token.CreatedById equals person.Id
            select new { token.Name, token.CreatedAt, token.LastUsedAt, token.RevokedAt, person.DisplayName })
            .ToListAsync(cancellationToken);
        if (tokens.Count == 0)
        {
            return new Reply("This workspace has no API tokens. `/coord token create <name>` makes one.");
        }

        var text = new StringBuilder("API tokens:");
        foreach (var token in tokens.OrderBy(t => t.CreatedAt))
        {
            var used = token.LastUsedAt is { } last ? "last used " + Day(last) : "never used";
            var state = token.RevokedAt is { } revoked ? $", revoked {Day(revoked)}" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"\n• `{token.Name}`: created by {token.DisplayName} {Day(token.CreatedAt)}, {used}{state}");
        }

        return new Reply(text.ToString());
    }

    public async Task<Reply> HandleAsync(Session session, TokenRevokeCommand command, CancellationToken cancellationToken)
    {
        if (!IsAdmin(session))
        {
            return Reply.Failure(AdminsOnly);
        }

        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.WorkspaceId == session.Workspace.Id && t.Name == command.Name, cancellationToken);
        if (token is null || token.IsRevoked)
        {
            return Reply.Failure(token is null ? $"There is no token named `{command.Name}`: `/coord token list` shows them." : $"`{command.Name}` is already revoked.");
        }

        token.Revoke(session.Now);
        return new Reply($"API token `{command.Name}` is revoked: it no longer works.");
    }

    /// <summary>
    /// An admin as the platform vouches or as recorded; on the local chat, whoever has the page (it is served only to
    /// this machine, or to holders of the web's admin token).
    /// </summary>
    private static bool IsAdmin(Session session) =>
        session.ActorIsAdmin || session.Actor.IsWorkspaceAdmin || session.Workspace.Platform == ChatPlatform.Local;

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
