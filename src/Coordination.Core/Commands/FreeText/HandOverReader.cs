using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>"not me, ask @x": handing a request to other people needs the request's key, so this only explains how.</summary>
internal sealed class HandOverReader : IIntentReader
{
    public ChatCommand? TryRead(Sentence sentence)
    {
        var s = sentence;
        if (!s.StartsWithAny(s.From, Phrases.NotMe))
        {
            return null;
        }

        var at = Enumerable.Range(s.From, s.Count).FirstOrDefault(i => IsPerson(s[i]), -1);
        var who = at >= 0 ? s.Slice(at, at + 1) : "@person";
        return s.Help("redirect", $"To hand a request over, name it: `redirect CR-12 {who}` (or press Not me on the request).");
    }
}
