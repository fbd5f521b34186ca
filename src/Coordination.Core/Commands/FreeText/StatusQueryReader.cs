using System.Text.RegularExpressions;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>Questions about one request: "who is blocking CR-3?" (one line, from <see cref="Phrases.Blocking"/>), "what's the status of CR-3?".</summary>
internal sealed partial class StatusQueryReader : IIntentReader
{
    public ChatCommand? TryRead(Sentence sentence)
    {
        var end = sentence.Match(sentence.From, Phrases.Blocking);
        if (end > 0 && end == sentence.To - 1 && TryKey(sentence.W(end), out var blocked))
        {
            return new StatusCommand(sentence.Context, blocked, OneLine: true);
        }

        var match = StatusQuestion().Match(sentence.Lower(sentence.From, sentence.To));
        if (!match.Success)
        {
            return null;
        }

        var key = match.Groups["key"].Value;
        return match.Groups["rest"].Success && key.Length > 0 && TryKey(key, out var number)
            ? new StatusCommand(sentence.Context, number)
            : sentence.Help("status", "Which request? Name it by its key: did you mean `status CR-12` (or `who is blocking CR-12?`)?");
    }

    [GeneratedRegex(@"^(?:(?:who|what)(?:'s|s| is| are)?(?: still)? (?:blocking|holding up)(?: us on)?|who(?:'s|s| is| are)? (?:we )?(?:still )?waiting (?:on|for)(?: (?:on|for|in))?"
        + @"|who (?:hasn't|has not|haven't|have not) (?:answered|replied|responded)(?: (?:on|to|in))?|(?:what(?:'s|s| is) )?(?:the )?status (?:of|on|for)"
        + @"|where are we (?:on|with)|any (?:news|update|updates) (?:on|about)|what(?:'s|s| is) happening (?:on|with))(?<rest> (?<key>\S+)| .+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StatusQuestion();
}
