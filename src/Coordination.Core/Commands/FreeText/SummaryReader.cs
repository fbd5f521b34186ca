using System.Text.RegularExpressions;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>Requests for a thread's summary: "sum up this thread", "give me a summary of CR-3", "recap".</summary>
internal sealed partial class SummaryReader : IIntentReader
{
    public ChatCommand? TryRead(Sentence sentence)
    {
        var match = SummaryRequest().Match(sentence.Lower(sentence.From, sentence.To));
        if (!match.Success)
        {
            return null;
        }

        var rest = match.Groups["rest"].Value;
        return rest switch
        {
            _ when Phrases.ThisThread.Contains(rest, StringComparer.Ordinal) => new SummarizeCommand(sentence.Context),
            _ when TryKey(rest.TrimEnd(':'), out var number) && !rest.Contains(' ', StringComparison.Ordinal) => new SummarizeCommand(sentence.Context, number),
            _ => sentence.Help("summarize", "Did you mean `summarize` (this thread) or `summarize CR-12`?"),
        };
    }

    [GeneratedRegex(@"^(?:sum up|summary|give me a summary|write up|write a summary|recap|tl;?dr)(?: of| for)?(?: (?<rest>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SummaryRequest();
}
