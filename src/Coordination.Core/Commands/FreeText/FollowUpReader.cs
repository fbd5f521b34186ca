using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>
/// Asks that start with a verb from <see cref="Phrases.FollowUpWith"/> or <see cref="Phrases.FollowUpOn"/>:
/// "follow up with @a and @b on &lt;what&gt; by &lt;when&gt;", "ask @a to …", "ping @a about …", "follow up on &lt;what&gt; with @a".
/// </summary>
internal sealed class FollowUpReader : IIntentReader
{
    public ChatCommand? TryRead(Sentence sentence)
    {
        var s = sentence;
        var on = s.Match(s.From, Phrases.FollowUpOn);
        if (on >= 0 && !IsPerson(s[Math.Min(on, s.To - 1)]))
        {
            return SubjectFirst(s, on);
        }

        var at = s.Match(s.From, Phrases.FollowUpWith);
        if (at < 0)
        {
            return null;
        }

        var (people, next) = s.LeadingPeople(at);
        return people.Count > 0 ? Asks.Read(s, people, next, AskKind.FollowUp) : NoPeople(s, at);
    }

    /// <summary>A follow-up verb without mentions after it: a typed "@name", a team, or nobody.</summary>
    private static HelpCommand? NoPeople(Sentence s, int at)
    {
        if (at < s.To && IsPlainName(s[at]))
        {
            return s.Help("ask", $"{PlainName(s[at])} Then: `ask {s[at]} <what> by <date>`.");
        }

        var explicitWith = s.W(at - 1) is "with" or "w/" || s.Is(s.From, "ask");
        if (!explicitWith)
        {
            return null;
        }

        var named = Enumerable.Range(at, s.To - at).FirstOrDefault(i => s.Is(i, Phrases.Connectors), s.To);
        return s.Help("ask", at >= s.To
            ? $"Who should I follow up with, and about what? Did you mean {Asks.Form}?"
            : Enumerable.Range(at, named - at).Any(i => s.Is(i, Phrases.TeamWords))
                ? $"To ask a whole team, write `coordinate <what> with backend` (`team backend @dana @lee` defines it). Or did you mean {Asks.Form}?"
                : $"I couldn't tell who {Quote(s.Raw(at, Math.Max(at + 1, Math.Min(named, at + 3))))} is: mention people with @ so their names turn blue. Did you mean {Asks.Form}?");
    }

    /// <summary>"follow up on &lt;what&gt; with @a [by &lt;when&gt;]".</summary>
    private static ChatCommand SubjectFirst(Sentence s, int from)
    {
        var tail = AskEnding.Read(s, from, s.To, bareIsDue: false);
        if (tail.Problem is not null)
        {
            return tail.Problem;
        }

        for (var with = tail.End - 2; with > from; with--)
        {
            if (s.Is(with, "with") && s.LeadingPeople(with + 1) is { People.Count: > 0 } found && found.Next == tail.End)
            {
                return Asks.Finish(s, found.People, s.Slice(from, with), tail, AskKind.FollowUp);
            }
        }

        var plain = Enumerable.Range(from, tail.End - from).FirstOrDefault(i => IsPlainName(s[i]), -1);
        return s.Help("ask", plain >= 0
            ? $"{PlainName(s[plain])} Then: `ask {s[plain]} <what> by <date>`."
            : $"Who should I follow up with? Name them with @, like `follow up on the spec with @dana by Friday`, or {Asks.Form}.");
    }
}
