using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Microsoft.Extensions.Logging;

namespace Coordination.Teams.Outbound;

/// <summary>
/// Delivers neutral messages to Microsoft Teams through the Bot Connector. A message's workspace is the tenant id.
/// <list type="bullet">
/// <item><see cref="DestinationKind.Thread"/>: <c>Address</c> is the conversation id (without <c>;messageid=</c>) and
/// <c>ThreadId</c> the channel thread's root message id; with no thread, or a thread equal to the address (group and
/// personal chats), the post goes into the conversation itself, else into <c>{Address};messageid={ThreadId}</c>.</item>
/// <item><see cref="DestinationKind.Ephemeral"/>: Teams has none, so it goes where the same thread post would.</item>
/// <item><see cref="DestinationKind.Direct"/>: <c>Address</c> is the person's Teams user id; the 1:1 conversation is
/// created once per (tenant, person) through the tenant's serviceUrl and remembered.</item>
/// <item><see cref="DestinationKind.Update"/>: <c>Address</c> is the conversation id the message was sent to and
/// <c>MessageId</c> its activity id.</item>
/// </list>
/// Failures the connector may get over come back transient; the rest are rejected
/// with the connector's code first (<c>BotNotInConversationRoster: …</c>).
/// </summary>
public sealed class TeamsChannel(ConnectorClient connector, ITeamsConversations conversations, ILogger<TeamsChannel> logger) : IChatChannel
{
    /// <summary>What joins a channel id and a thread's root message id into the thread's conversation id.</summary>
    public const string MessageIdMarker = ";messageid=";

    private const int MaxCachedDirectConversations = 10_000;
    private readonly ConcurrentDictionary<(string Tenant, string User), string> _directConversations = new();

    public ChatPlatform Platform => ChatPlatform.Teams;

    /// <summary>
    /// A bot may send 7 messages a second into one conversation, 8 in 2 s, 60 in 30 s and 1,800 an hour, and 50 a
    /// second per tenant. Each bucket keeps <c>Burst + period / Interval</c> under every one of those figures. The hourly
    /// bucket is deep (600) so a busy channel still gets its answers at once; only one that keeps it up for minutes on end
    /// slows to a message every 3 s.
    /// </summary>
    public DeliveryLimits Limits { get; } = new(
        [new RateLimit(4, TimeSpan.FromMilliseconds(550)), new RateLimit(600, TimeSpan.FromMilliseconds(3050))],
        [new RateLimit(25, TimeSpan.FromMilliseconds(40))]);

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = await DeliverAsync(message, cancellationToken);
        if (result.Permanent && message.Offer?.AskedIn is { } askedIn)
        {
            // No personal chat with the person: say so where they asked, since a file cannot go to a channel or group chat.
            result = await DeliverAsync(TeamsFileCards.NoPersonalChat(message, askedIn), cancellationToken);
        }

        Log.Delivered(logger, message.Destination.ToString(), message.WorkspaceId, result.Delivered ? $"sent as {result.MessageId}" : result.Error ?? "failed");
        return result;
    }

    /// <summary>
    /// The conversation id a thread post goes to: <paramref name="conversationId"/> itself when there is no thread or the
    /// thread is the conversation, else the channel id (any <c>;…</c> suffix dropped) with <c>;messageid={threadId}</c>.
    /// </summary>
    public static string ThreadConversationId(string conversationId, string? threadId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        if (string.IsNullOrWhiteSpace(threadId) || string.Equals(threadId, conversationId, StringComparison.Ordinal))
        {
            return conversationId;
        }

        return BareConversationId(conversationId) + MessageIdMarker + threadId;
    }

    /// <summary>The conversation id without a <c>;messageid=…</c> (or any other <c>;…</c>) suffix.</summary>
    public static string BareConversationId(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return MessageDestination.ChannelOf(conversationId);
    }

    private async Task<DeliveryResult> DeliverAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var to = message.Destination;
        var tenant = message.WorkspaceId;
        var activity = AdaptiveCardRenderer.Render(message);
        return to.Kind switch
        {
            DestinationKind.Thread or DestinationKind.Ephemeral when !string.IsNullOrWhiteSpace(to.Address) =>
                await PostAsync(tenant, to.Address, ThreadConversationId(to.Address, to.ThreadId), activity, cancellationToken),
            DestinationKind.Direct when !string.IsNullOrWhiteSpace(to.Address) =>
                await DirectAsync(tenant, to.Address, activity, cancellationToken),
            DestinationKind.Update when !string.IsNullOrWhiteSpace(to.Address) && !string.IsNullOrWhiteSpace(to.MessageId) =>
                await UpdateAsync(tenant, to.Address, to.MessageId, activity, cancellationToken),
            _ => DeliveryResult.Rejected($"{ConnectorErrors.InvalidDestination}: Teams cannot deliver to {to}"),
        };
    }

    private async Task<DeliveryResult> PostAsync(
        string tenant, string address, string conversationId, JsonObject activity, CancellationToken cancellationToken)
    {
        if (await ServiceUrlAsync(tenant, [address, conversationId], cancellationToken) is not { } serviceUrl)
        {
            return NoServiceUrl(tenant, address);
        }

        return ToDelivery(await SendAsync(serviceUrl, conversationId, activity, cancellationToken));
    }

    private async Task<DeliveryResult> UpdateAsync(
        string tenant, string conversationId, string activityId, JsonObject activity, CancellationToken cancellationToken)
    {
        var bare = BareConversationId(conversationId);
        if (await ServiceUrlAsync(tenant, [conversationId, bare], cancellationToken) is not { } serviceUrl)
        {
            return NoServiceUrl(tenant, conversationId);
        }

        return ToDelivery(await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken));
    }

    private async Task<DeliveryResult> DirectAsync(string tenant, string user, JsonObject activity, CancellationToken cancellationToken)
    {
        var key = (tenant, user);
        var cached = _directConversations.TryGetValue(key, out var conversationId);
        if (!cached)
        {
            var created = await CreateDirectAsync(tenant, user, cancellationToken);
            if (created.Conversation is null)
            {
                return created.Failure!;
            }

            conversationId = created.Conversation;
        }

        var sent = await SendDirectAsync(tenant, conversationId!, activity, cancellationToken);
        if (sent is { Ok: false, IsTransient: false } && cached && IsGone(sent))
        {
            // The person removed the chat (or its history): create it again, once.
            Log.DirectConversationGone(logger, user, tenant);
            _directConversations.TryRemove(key, out _);
            var created = await CreateDirectAsync(tenant, user, cancellationToken);
            if (created.Conversation is null)
            {
                return created.Failure!;
            }

            sent = await SendDirectAsync(tenant, created.Conversation, activity, cancellationToken);
        }

        if (sent is { Ok: false, IsTransient: false })
        {
            _directConversations.TryRemove(key, out _);
        }

        return ToDelivery(sent);
    }

    private async Task<(string? Conversation, DeliveryResult? Failure)> CreateDirectAsync(string tenant, string user, CancellationToken cancellationToken)
    {
        if (await conversations.ServiceUrlAsync(tenant, null, cancellationToken) is not { } serviceUrl)
        {
            return (null, NoServiceUrl(tenant, null));
        }

        var created = await connector.CreateDirectConversationAsync(serviceUrl, tenant, user, cancellationToken);
        if (!created.Ok || created.Value is null)
        {
            return (null, ToDelivery(created));
        }

        Remember((tenant, user), created.Value);
        return (created.Value, null);
    }

    private async Task<ConnectorResult<string>> SendDirectAsync(string tenant, string conversationId, JsonObject activity, CancellationToken cancellationToken)
    {
        var serviceUrl = await ServiceUrlAsync(tenant, [conversationId], cancellationToken)
            ?? await conversations.ServiceUrlAsync(tenant, null, cancellationToken);
        return serviceUrl is null
            ? ConnectorResult.Failure<string>(ConnectorErrors.NoServiceUrl, transient: false, detail: NoServiceUrlReason(tenant, conversationId))
            : await SendAsync(serviceUrl, conversationId, activity, cancellationToken);
    }

    private Task<ConnectorResult<string>> SendAsync(Uri serviceUrl, string conversationId, JsonObject activity, CancellationToken cancellationToken) =>
        connector.SendActivityAsync(serviceUrl, conversationId, activity, cancellationToken);

    /// <summary>The first serviceUrl the host knows for one of <paramref name="conversationIds"/> (tried in order).</summary>
    private async Task<Uri?> ServiceUrlAsync(string tenant, IEnumerable<string> conversationIds, CancellationToken cancellationToken)
    {
        foreach (var id in conversationIds.Distinct(StringComparer.Ordinal))
        {
            if (await conversations.ServiceUrlAsync(tenant, id, cancellationToken) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    private void Remember((string Tenant, string User) key, string conversationId)
    {
        if (_directConversations.Count >= MaxCachedDirectConversations)
        {
            _directConversations.Clear();
        }

        _directConversations[key] = conversationId;
    }

    private static bool IsGone(ConnectorResult<string> result) =>
        result.Status == 404 || string.Equals(result.Error, ConnectorErrors.ConversationNotFound, StringComparison.Ordinal);

    private static DeliveryResult NoServiceUrl(string tenant, string? conversationId) =>
        DeliveryResult.Rejected($"{ConnectorErrors.NoServiceUrl}: {NoServiceUrlReason(tenant, conversationId)}");

    private static string NoServiceUrlReason(string tenant, string? conversationId) => conversationId is null
        ? $"the bot has not heard from tenant {tenant} yet, so it does not know its Bot Connector address"
        : $"the bot has not heard from conversation {conversationId} in tenant {tenant}, so it does not know its Bot Connector address";

    private static DeliveryResult ToDelivery(ConnectorResult<string> result) =>
        result.Ok ? DeliveryResult.Success(result.Value)
        : result.IsTransient ? DeliveryResult.Transient(ConnectorErrors.Describe(result.Error ?? "UnknownError", result.Detail), result.RetryAfter)
        : DeliveryResult.Rejected(ConnectorErrors.Describe(result.Error ?? "UnknownError", result.Detail));
}
