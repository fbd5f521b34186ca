using System.Collections.Concurrent;
using System.Globalization;
using Coordination.Core.Chat;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// The in-process chat: keeps every delivered message in memory and logs it. It serves the demo, the tests,
/// and a bot running with no chat platform configured. A message's file stays on the kept message; the log names it.
/// </summary>
public sealed class LocalChannel(ILogger<LocalChannel> logger) : IChatChannel
{
    private readonly ConcurrentQueue<LocalChatMessage> _messages = new();
    private long _sequence;

    public ChatPlatform Platform => ChatPlatform.Local;

    public IReadOnlyCollection<LocalChatMessage> Messages => _messages;

    public Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);
        var delivered = new LocalChatMessage(id, message);
        _messages.Enqueue(delivered);
        Log.LocalMessage(logger, message.Destination.ToString(), TextOf(message));
        return Task.FromResult(DeliveryResult.Success(id));
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
