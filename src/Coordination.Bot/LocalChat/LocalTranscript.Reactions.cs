namespace Coordination.Bot.LocalChat;

/// <summary>Reactions on the local page's messages: each person's emoji once per message.</summary>
public sealed partial class LocalTranscript
{
    /// <summary>Adds <paramref name="person"/>'s <paramref name="emoji"/> to message <paramref name="id"/> (once); the message as it now is, or <c>null</c> when there is none.</summary>
    public LocalTranscriptEntry? React(string id, string person, string emoji)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(id, out var entry))
            {
                return null;
            }

            var reaction = new LocalReaction(emoji, person);
            if (entry.Reactions.Contains(reaction))
            {
                return entry;
            }

            var reacted = entry with { Version = ++_version, Reactions = [.. entry.Reactions, reaction] };
            _entries[id] = reacted;
            Changed();
            return reacted;
        }
    }
}
