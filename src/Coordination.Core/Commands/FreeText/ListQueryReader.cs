using System.Text.RegularExpressions;

namespace Coordination.Core.Commands;

/// <summary>Questions about open requests: "what's waiting on me?", "what am I waiting on?", "what's open?".</summary>
internal sealed partial class ListQueryReader : IIntentReader
{
    /// <summary>Each way of asking for a list, and the list it means; the first row that matches the whole message wins.</summary>
    private static readonly ListQuestion[] Questions =
    [
        new(WaitingOnMe(), ListFilter.Waiting),
        new(MyRequests(), ListFilter.Mine),
        new(EverythingOpen(), ListFilter.All),
    ];

    public ChatCommand? TryRead(Sentence sentence)
    {
        var lower = sentence.Lower(sentence.From, sentence.To);
        if (Array.Find(Questions, question => question.Pattern.IsMatch(lower)) is { } found)
        {
            return new ListCommand(sentence.Context, found.Filter);
        }

        return WaitingOnSomeone().IsMatch(lower)
            ? sentence.Help("list", "I can list what is waiting on you (`list waiting`), what you are waiting on (`list mine`) or every open request (`list all`); for one request, `status CR-12`.")
            : null;
    }

    private sealed record ListQuestion(Regex Pattern, ListFilter Filter);

    [GeneratedRegex(@"^(?:what(?:'s|s| is| are)?|is there anything|anything|who(?:'s|s| is| are)?|show me what(?:'s| is)?|show what(?:'s| is)?|(?:list|show)(?: me)?(?: everything| all| the requests| requests| stuff)?)(?: (?:still|currently))? (?:waiting|pending) (?:on|for) (?:me|my (?:answer|reply|response|input|decision))(?: right now| now| today)?$"
        + @"|^what do i owe(?: people| anyone| anybody)?$|^what(?:'s| is) on my plate$|^what needs (?:my|an) (?:answer|reply|attention|input)(?: from me)?$"
        + @"|^what am i blocking$|^what have i been asked(?: to do| for)?$|^(?:what|which requests) (?:do|should) i (?:need to )?(?:answer|reply to)$", RegexOptions.CultureInvariant)]
    private static partial Regex WaitingOnMe();

    [GeneratedRegex(@"^(?:what|who)(?:'s|s)? (?:am i|are we|i'm|we're) (?:still )?waiting (?:on|for)(?: right now| now)?$"
        + @"|^what (?:have|did) i ask(?:ed)?(?: for| about| people)?$|^(?:show |list )?(?:me )?my (?:open )?requests$|^what are my (?:open )?requests$", RegexOptions.CultureInvariant)]
    private static partial Regex MyRequests();

    [GeneratedRegex(@"^what(?:'s|s| is) (?:still )?open$|^(?:show|list)(?: me)? (?:all|everything)(?: that's| that is)?(?: open)?(?: requests)?$|^(?:all|every) open requests?$|^everything open$", RegexOptions.CultureInvariant)]
    private static partial Regex EverythingOpen();

    [GeneratedRegex(@"^what(?:'s|s| is)? (?:still )?(?:waiting|pending) (?:on|for) \S", RegexOptions.CultureInvariant)]
    private static partial Regex WaitingOnSomeone();
}
