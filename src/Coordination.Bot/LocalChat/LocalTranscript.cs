using System.Text.RegularExpressions;
using Coordination.Core.Chat;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// The local page's conversations, in memory: what people wrote there and what the local channel delivered to the
/// local workspace (a new version of a message replaces it). Readers ask for what changed since a version, or wait
/// for the next change.
/// </summary>
public sealed partial class LocalTranscript : IDisposable
{
    private readonly LocalChannel _channel;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LocalTranscriptEntry> _entries = new(StringComparer.Ordinal);
    private long _version;
    private TaskCompletionSource _changed = NewSignal();

    public LocalTranscript(LocalChannel channel, TimeProvider time)
    {
        _channel = channel;
        _time = time;
        channel.Delivered += OnDelivered;

        // What the channel delivered before the first reader came (the outbox left from the last run, say).
        foreach (var delivered in channel.Messages)
        {
            if (Find(delivered.Id) is null)
            {
                OnDelivered(channel, delivered);
            }
        }
    }

    public long Version => Interlocked.Read(ref _version);

    public LocalTranscriptEntry? Find(string id)
    {
        lock (_lock)
        {
            return _entries.GetValueOrDefault(id);
        }
    }

    /// <summary>What <paramref name="viewer"/> (everyone's, when <c>null</c>) may see that changed after <paramref name="version"/>, oldest change first.</summary>
    public IReadOnlyList<LocalTranscriptEntry> Since(long version, string? viewer)
    {
        lock (_lock)
        {
            return [.. _entries.Values.Where(e => e.Version > version && (viewer is null || e.IsVisibleTo(viewer))).OrderBy(e => e.Version)];
        }
    }

    /// <summary>Every conversation something was said in.</summary>
    public IReadOnlyList<string> Conversations()
    {
        lock (_lock)
        {
            return [.. _entries.Values.Select(e => e.Conversation).Distinct(StringComparer.Ordinal)];
        }
    }

    /// <summary>Keeps what <paramref name="author"/> wrote in <paramref name="conversation"/> (in <paramref name="threadId"/>'s thread, when set).</summary>
    public LocalTranscriptEntry Write(string author, string conversation, string? threadId, string text) =>
        Add(version => new LocalTranscriptEntry(_channel.NextId(), version, version, conversation, threadId, author, text, _time.GetUtcNow()));

    /// <summary>Wakes the readers without a new message (the clock moved).</summary>
    public void Touch()
    {
        lock (_lock)
        {
            Changed();
        }
    }

    /// <summary>Completes when something changes after <paramref name="version"/>, or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(long version, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task signal;
        lock (_lock)
        {
            if (_version > version)
            {
                return;
            }

            signal = _changed.Task;
        }

        try
        {
            await signal.WaitAsync(timeout, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Nothing changed: the reader hears the clock instead.
        }
    }

    public void Dispose() => _channel.Delivered -= OnDelivered;

    private void OnDelivered(object? sender, LocalChatMessage delivered)
    {
        var message = delivered.Message;
        if (message.WorkspaceId != LocalWorkspace.Id)
        {
            return;
        }

        var destination = message.Destination;
        if (destination is { Kind: DestinationKind.Update, MessageId: { } replaced } && Replace(replaced, message))
        {
            return;
        }

        var conversation = destination.Kind == DestinationKind.Direct
            ? LocalWorkspace.DirectConversation(destination.Address, LocalWorkspace.BotId)
            : destination.Address;
        Add(version => new LocalTranscriptEntry(delivered.Id, version, version, conversation, destination.ThreadId, LocalWorkspace.BotId, TextOf(message), delivered.DeliveredAt)
        {
            Buttons = message.Buttons,
            VisibleTo = destination.Kind == DestinationKind.Ephemeral ? destination.Recipient : null,
            File = message.File,
            Source = message,
        });
    }

    private bool Replace(string id, OutgoingMessage message)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(id, out var earlier))
            {
                return false;
            }

            _entries[id] = earlier with
            {
                Version = ++_version,
                Text = TextOf(message),
                Buttons = message.Buttons,
                File = message.File ?? earlier.File,
                Source = message,
                Edited = true,
            };
            Changed();
            return true;
        }
    }

    private LocalTranscriptEntry Add(Func<long, LocalTranscriptEntry> create)
    {
        lock (_lock)
        {
            var entry = create(++_version);
            _entries[entry.Id] = entry;
            Changed();
            return entry;
        }
    }

    private void Changed()
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    /// <summary>Neutral text as the page shows it: dates as their fallback, people (named or by token alone) as <c>@Name</c>.</summary>
    public static string Display(string text) =>
        PersonToken().Replace(ChatText.WithoutDates(text), m => "@" + (m.Groups["name"].Success ? m.Groups["name"].Value : LocalWorkspace.NameOf(m.Groups["id"].Value)));

    private static string TextOf(OutgoingMessage message) => Display(message.PlainText());

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [GeneratedRegex(@"<@(?<id>[^|<>\s]{1,100})(?:\|(?<name>[^<>]{1,200}))?>", RegexOptions.CultureInvariant)]
    private static partial Regex PersonToken();
}
