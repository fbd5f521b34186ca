using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>"remind @x about &lt;what&gt; &lt;when&gt;": an ask whose date needs no "by".</summary>
internal sealed class RemindReader : IIntentReader
{
    public ChatCommand? TryRead(Sentence sentence)
    {
        var s = sentence;
        if (!s.Is(s.From, "remind"))
        {
            return null;
        }

        var at = s.From + 1;
        if (s.Is(at, "me", "myself", "us"))
        {
            return s.Help("ask", $"I don't remind you; I follow up with the people you ask, after 48 hours. Did you mean {Asks.Form}?");
        }

        var (people, next) = s.LeadingPeople(at);
        if (people.Count > 0)
        {
            return Asks.Read(s, people, next, AskKind.Remind);
        }

        return s.Help("ask", at < s.To && IsPlainName(s[at])
            ? $"{PlainName(s[at])} Then: `remind {s[at]} about <what> tomorrow`."
            : "Who should I remind? Mention them with @, like `remind @dana about the deck tomorrow`.");
    }
}
