using System.Text.Json;
using Coordination.Core.Chat;
using Coordination.Core.Requests;

namespace Coordination.Data.Outbox;

/// <summary>A message waiting to be delivered, written in the same transaction as the change that caused it.</summary>
public sealed class OutboxMessage
{
    public const int MaxErrorLength = 2000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private OutboxMessage()
    {
        WorkspaceExternalId = string.Empty;
        DeduplicationKey = string.Empty;
        Payload = string.Empty;
    }

    public Guid Id { get; private set; }

    public ChatPlatform Platform { get; private set; }

    public string WorkspaceExternalId { get; private set; }

    /// <summary>Unique: the same follow-up can never be queued twice.</summary>
    public string DeduplicationKey { get; private set; }

    /// <summary>The <see cref="OutgoingMessage"/> as JSON.</summary>
    public string Payload { get; private set; }

    /// <summary>Whether <see cref="Payload"/> shows a secret once; it is blanked when the message is delivered or given up.</summary>
    public bool ShowsSecret { get; private set; }

    public Guid? RequestId { get; private set; }

    public Guid? AttemptId { get; private set; }

    public Guid? StakeholderId { get; private set; }

    /// <summary>The conversation it goes into (<see cref="OutgoingMessage.ConversationKey"/>): delivered one at a time, in <see cref="Sequence"/> order.</summary>
    public string ConversationKey { get; private set; } = string.Empty;

    /// <summary>Its place in its conversation: only the lowest pending one of a conversation may be sent.</summary>
    public long Sequence { get; private set; }

    /// <summary>Its delivery opens a stakeholder's window (<see cref="PendingMessage.OpensWindow"/>).</summary>
    public bool OpensWindow { get; private set; }

    /// <summary>A follow-up dropped at send time once its reason is gone (<see cref="PendingMessage.IsFollowUp"/>).</summary>
    public bool IsFollowUp { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int DeliveryAttempts { get; private set; }

    /// <summary>When the message is due: when it was queued, or when a failed delivery is to be tried again.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>The platform's id for the delivered message (Slack's <c>ts</c>, a Teams activity id).</summary>
    public string? ExternalMessageId { get; private set; }

    public static OutboxMessage From(PendingMessage pending, Guid? requestId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Platform = pending.Message.Platform,
        WorkspaceExternalId = pending.Message.WorkspaceId,
        DeduplicationKey = pending.DeduplicationKey,
        Payload = JsonSerializer.Serialize(pending.Message, Json),
        ShowsSecret = pending.Message.ShowsSecret,
        ConversationKey = pending.Message.ConversationKey(),
        Sequence = OutboxSequence.Next(now),
        OpensWindow = pending.OpensWindow,
        IsFollowUp = pending.IsFollowUp,
        RequestId = requestId,
        AttemptId = pending.AttemptId,
        StakeholderId = pending.StakeholderId,
        Status = OutboxStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    public OutgoingMessage ReadMessage() =>
        JsonSerializer.Deserialize<OutgoingMessage>(Payload, Json) ?? throw new InvalidOperationException($"Outbox message {Id} has no payload.");

    public void MarkDelivered(DateTimeOffset at, string? externalMessageId)
    {
        Status = OutboxStatus.Delivered;
        DeliveryAttempts++;
        DeliveredAt = at;
        ExternalMessageId = externalMessageId;
        LastError = null;
        ForgetSecret();
    }

    public void MarkFailed(string error, DateTimeOffset retryAt)
    {
        DeliveryAttempts++;
        LastError = Truncate(error);
        NextAttemptAt = retryAt;
    }

    /// <summary>Not sent, and never to be: what it was about is settled (the trail says why).</summary>
    public void Drop(string reason)
    {
        Status = OutboxStatus.Dropped;
        LastError = Truncate(reason);
        ForgetSecret();
    }

    public void Park(string error)
    {
        DeliveryAttempts++;
        Status = OutboxStatus.Parked;
        LastError = Truncate(error);
        ForgetSecret();
    }

    /// <summary>The text that stood for a secret once the message that showed it is done with.</summary>
    public const string SecretRemoved = "(This message showed a secret once; its stored copy was removed.)";

    private void ForgetSecret()
    {
        if (ShowsSecret)
        {
            Payload = JsonSerializer.Serialize(ReadMessage() with { Text = SecretRemoved, Mentions = [], Buttons = [] }, Json);
        }
    }

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
