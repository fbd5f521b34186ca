using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Microsoft.Extensions.Logging;

namespace Coordination.Slack.Outbound;

/// <summary>
/// Delivers neutral messages to Slack: thread posts and DMs through <c>chat.postMessage</c>,
/// ephemeral messages through <c>chat.postEphemeral</c>, updates through <c>chat.update</c>. A thread post's or DM's
/// file is uploaded after it, into the same channel and thread (ephemeral messages and updates take none). Failures Slack
/// may get over come back transient; the rest are rejected with Slack's error code first (<c>not_in_channel: …</c>).
/// </summary>
public sealed class SlackChannel(SlackApiClient api, ISlackTokenSource tokens, ILogger<SlackChannel> logger) : IChatChannel
{
    private const int MaxCachedDirectChannels = 10_000;
    private readonly ConcurrentDictionary<(string Team, string User), string> _directChannels = new();

    public ChatPlatform Platform => ChatPlatform.Slack;

    /// <summary>
    /// <c>chat.postMessage</c> allows about one message a second per channel with short bursts, and several hundred a
    /// minute per workspace: three at once then one a second per channel; fifty at once then one every 150 ms per team.
    /// </summary>
    public DeliveryLimits Limits { get; } = new(
        [new RateLimit(3, TimeSpan.FromSeconds(1))],
        [new RateLimit(50, TimeSpan.FromMilliseconds(150))]);

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var team = message.WorkspaceId;
        var token = await tokens.BotTokenAsync(team, cancellationToken);
        var result = string.IsNullOrWhiteSpace(token)
            ? DeliveryResult.Rejected($"{SlackErrors.Describe("not_installed")} (team {team})")
            : await SendAsync(token, message, cancellationToken);
        Log.Delivered(logger, message.Destination.ToString(), team, result.Delivered ? $"sent as {result.MessageId}" : result.Error ?? "failed");
        return result;
    }

    private async Task<DeliveryResult> SendAsync(string token, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var (text, blocks) = BlockKitRenderer.Render(message);
        var to = message.Destination;
        var team = message.WorkspaceId;
        return to.Kind switch
        {
            DestinationKind.Thread => await ShareFileAsync(
                token, message, to.Address, to.ThreadId, await PostAsync(token, to.Address, text, blocks, to.ThreadId, cancellationToken), cancellationToken),
            DestinationKind.Direct => await DirectAsync(token, message, text, blocks, cancellationToken),
            DestinationKind.Ephemeral when to.Recipient is { } user =>
                ToDelivery(await api.PostEphemeralAsync(token, to.Address, user, text, blocks, to.ThreadId, cancellationToken)),
            DestinationKind.Update when to.MessageId is { } ts =>
                ToDelivery(await api.UpdateMessageAsync(token, to.Address, ts, text, blocks, cancellationToken)),
            _ => DeliveryResult.Rejected($"invalid_destination: Slack cannot deliver to {to}"),
        };
    }

    private async Task<DeliveryResult> PostAsync(
        string token, string channel, string text, JsonArray? blocks, string? threadTs, CancellationToken cancellationToken) =>
        ToDelivery(await api.PostMessageAsync(token, channel, text, blocks, threadTs, cancellationToken));

    private async Task<DeliveryResult> DirectAsync(
        string token, OutgoingMessage message, string text, JsonArray? blocks, CancellationToken cancellationToken)
    {
        var (team, user) = (message.WorkspaceId, message.Destination.Address);
        var key = (team, user);
        if (!_directChannels.TryGetValue(key, out var channel))
        {
            var opened = await api.OpenDirectConversationAsync(token, user, cancellationToken);
            if (opened.Value is null)
            {
                return opened.Ok ? DeliveryResult.Transient("invalid_response: conversations.open named no channel") : ToDelivery(opened);
            }

            channel = Remember(key, opened.Value);
        }

        var result = await PostAsync(token, channel, text, blocks, null, cancellationToken);
        if (result.Permanent)
        {
            _directChannels.TryRemove(key, out _);
        }

        return await ShareFileAsync(token, message, channel, null, result, cancellationToken);
    }

    /// <summary>
    /// Once the message is posted, its file (if it has one) goes into the same channel and thread. The message counts as
    /// delivered whatever becomes of the file: a failed upload is logged, never retried with the message.
    /// </summary>
    private async Task<DeliveryResult> ShareFileAsync(
        string token, OutgoingMessage message, string channel, string? threadTs, DeliveryResult posted, CancellationToken cancellationToken)
    {
        if (message.File is not { } file || !posted.Delivered)
        {
            return posted;
        }

        try
        {
            var uploaded = await api.UploadFileAsync(token, channel, threadTs, file, cancellationToken);
            if (!uploaded.Ok)
            {
                Log.FileNotShared(logger, file.Name, message.Destination.ToString(), message.WorkspaceId, SlackErrors.Describe(uploaded.Error ?? "unknown_error"));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.FileNotShared(logger, file.Name, message.Destination.ToString(), message.WorkspaceId, "cancelled: the bot is stopping");
        }

        return posted;
    }

    private string Remember((string Team, string User) key, string channel)
    {
        if (_directChannels.Count >= MaxCachedDirectChannels)
        {
            _directChannels.Clear();
        }

        _directChannels[key] = channel;
        return channel;
    }

    private static DeliveryResult ToDelivery(SlackApiResult<string> result) =>
        result.Ok ? DeliveryResult.Success(result.Value)
        : result.IsTransient ? DeliveryResult.Transient(result.Error ?? "unknown_error", result.RetryAfter)
        : DeliveryResult.Rejected(SlackErrors.Describe(result.Error ?? "unknown_error"));
}
