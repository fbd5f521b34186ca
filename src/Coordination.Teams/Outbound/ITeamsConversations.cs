namespace Coordination.Teams.Outbound;

/// <summary>
/// What the bot has learnt about a tenant's conversations from inbound activities: the <c>serviceUrl</c> to send to.
/// The host stores it (refreshed from every verified activity); the channel only reads it.
/// </summary>
public interface ITeamsConversations
{
    /// <summary>
    /// The service URL for <paramref name="conversationId"/> in <paramref name="tenantId"/>, or, when the conversation is
    /// new to the bot (a 1:1 chat about to be created), the tenant's most recently seen one; <c>null</c> when the bot has
    /// never heard from the tenant.
    /// </summary>
    ValueTask<Uri?> ServiceUrlAsync(string tenantId, string? conversationId, CancellationToken cancellationToken);
}
