using System.Collections.Concurrent;
using System.Globalization;
using Coordination.Core.Chat;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// The in-process chat: keeps every delivered message in memory and logs it. It serves the demo, the tests,
/// and a bot running with no chat platform configured. A message's file stays on the kept message; the log names it.
/// </summary>
public sealed class LocalChannel : IChatChannel
{
    private readonly ConcurrentQueue<LocalChatMessage> _messages = new();
    private readonly ILogger<LocalChannel> _logger;
    private readonly TimeProvider _time;
    private readonly string _run;
    private long _sequence;

    public LocalChannel(ILogger<LocalChannel> logger, TimeProvider? time = null)
    {
        _logger = logger;
        _time = time ?? TimeProvider.System;

        // Ids are "<start second>.<n>", like Slack's ts: a restarted bot never reuses the thread id of a request it stored before.
        _run = _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    }

    public ChatPlatform Platform => ChatPlatform.Local;

    public IReadOnlyCollection<LocalChatMessage> Messages => _messages;

    /// <summary>Raised after each delivery, on the delivering thread.</summary>
    public event EventHandler<LocalChatMessage>? Delivered;

    /// <summary>The next message id, for the bot's messages and for what people write on the local page alike.</summary>
    public string NextId() => string.Create(CultureInfo.InvariantCulture, $"{_run}.{Interlocked.Increment(ref _sequence):D6}");

    public Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var delivered = new LocalChatMessage(NextId(), message) { DeliveredAt = _time.GetUtcNow() };
        _messages.Enqueue(delivered);
        Log.LocalMessage(_logger, message.Destination.ToString(), TextOf(message));
        Delivered?.Invoke(this, delivered);
        return Task.FromResult(DeliveryResult.Success(delivered.Id));
    }

    /// <summary>The plain text, and the title of the message's file when it has one.</summary>
    public static string TextOf(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.File is { } file
            ? string.Create(CultureInfo.InvariantCulture, $"{message.PlainText()} [file: {file.Title} ({file.Name}, {file.Content.Length} bytes)]")
            : message.PlainText();
    }
}
