using System.Collections.Concurrent;
using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Conversations;
using Coordination.Teams.Inbound;
using Coordination.Teams.Outbound;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Teams;

/// <summary>
/// Remembers, per tenant and conversation, the service URL of the last verified activity (written only when it
/// changes) and answers the channel's look-ups from memory first. Forgets a conversation, or a team's channels, when
/// the bot is removed.
/// </summary>
public sealed class TeamsConversationStore(IServiceScopeFactory scopes, TimeProvider time) : ITeamsConversations
{
    private readonly ConcurrentDictionary<(string Tenant, string Conversation), Uri> _known = new();
    private readonly ConcurrentDictionary<string, Uri> _latestByTenant = new();

    public async ValueTask<Uri?> ServiceUrlAsync(string tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        if (conversationId is not null && _known.TryGetValue((tenantId, conversationId), out var known))
        {
            return known;
        }

        if (conversationId is null && _latestByTenant.TryGetValue(tenantId, out var latest))
        {
            return latest;
        }

        await using var scope = scopes.CreateAsyncScope();
        var references = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().ConversationReferences
            .Where(c => c.Platform == ChatPlatform.Teams && c.WorkspaceExternalId == tenantId);
        var stored = await (conversationId is null ? references.OrderByDescending(c => c.UpdatedAt) : references.Where(c => c.ConversationId == conversationId))
            .Select(c => c.ServiceUrl).FirstOrDefaultAsync(cancellationToken);
        if (!Uri.TryCreate(stored, UriKind.Absolute, out var url))
        {
            return null;
        }

        _ = conversationId is null ? _latestByTenant.TryAdd(tenantId, url) : _known.TryAdd((tenantId, conversationId), url);
        return url;
    }

    /// <summary>Records where a verified activity came from, when that is new or has moved.</summary>
    public async Task RememberAsync(TeamsActivity activity, CancellationToken cancellationToken)
    {
        if ((activity.TenantId, activity.Conversation?.BaseId, activity.ServiceUrl) is not ({ } tenant, { } conversation, { } service)
            || !Uri.TryCreate(service, UriKind.Absolute, out var url))
        {
            return;
        }

        _latestByTenant[tenant] = url;
        if (_known.TryGetValue((tenant, conversation), out var known) && known == url)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        var reference = await db.ConversationReferences.SingleOrDefaultAsync(
            c => c.Platform == ChatPlatform.Teams && c.WorkspaceExternalId == tenant && c.ConversationId == conversation, cancellationToken);
        if (reference is null)
        {
            reference = ConversationReference.Create(ChatPlatform.Teams, tenant, conversation, time.GetUtcNow());
            db.ConversationReferences.Add(reference);
        }

        reference.Refresh(url.ToString(), activity.Conversation?.ConversationType, activity.ChannelData?.Team?.Id, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance recorded the same conversation a moment earlier; the next activity refreshes it.
            return;
        }

        _known[(tenant, conversation)] = url;
    }

    /// <summary>The bot left a conversation or a team (or was uninstalled there): forget what it knew of it.</summary>
    public async Task ForgetAsync(TeamsActivity activity, CancellationToken cancellationToken)
    {
        if ((activity.TenantId, activity.Conversation?.BaseId) is not ({ } tenant, { } conversation))
        {
            return;
        }

        var team = activity.ChannelData?.Team?.Id;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CoordinationDbContext>().ConversationReferences
            .Where(c => c.Platform == ChatPlatform.Teams && c.WorkspaceExternalId == tenant && (c.ConversationId == conversation || (team != null && c.TeamId == team)))
            .ExecuteDeleteAsync(cancellationToken);
        _known.Clear();
    }
}
