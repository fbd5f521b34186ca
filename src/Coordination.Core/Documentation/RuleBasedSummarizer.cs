using Coordination.Core.Commands;

namespace Coordination.Core.Documentation;

/// <summary>
/// The deterministic summariser: reads each line of the thread by fixed rules (see <see cref="LineRules"/>), so the
/// same thread always gives the same record.
/// <list type="bullet">
/// <item><b>Context</b>: the first sentence of the first message, at most <see cref="MaxContextLength"/> characters.</item>
/// <item><b>Decisions</b> and <b>action items</b>: in thread order, each listed once. An action's owner is the person
/// it names, the author for <c>we'll</c> and <c>I'll</c>, else nobody; a date ending it is its due date.</item>
/// <item><b>Open questions</b>: marked ones (<c>open question:</c>, <c>TBD</c>) always; a line ending in <c>?</c> unless,
/// later in the thread, someone other than the asker starts a line with yes or no (yeah, yep, yup, nope) or quotes
/// it (a <c>&gt;</c> line that holds the question, or at least <see cref="MinQuoteLength"/> characters of it), or
/// anyone records a decision. When the thread has one
/// author (pasted notes), that author's later lines count as someone else's.</item>
/// <item><b>Participants</b>: the authors in order of their first message, then owners who did not write.</item>
/// </list>
/// Messages are read in order of <see cref="ThreadMessage.At"/> (equal times keep their order); a message that is
/// itself a decision record (an earlier summary posted in the thread) is skipped.
/// </summary>
public sealed class RuleBasedSummarizer : IThreadSummarizer
{
    public const int MaxContextLength = 200;

    /// <summary>The longest decision, action or question kept (longer ones end in "…").</summary>
    public const int MaxItemLength = 300;

    /// <summary>How many characters of a question a quote must hold to answer it (unless it holds the whole question).</summary>
    public const int MinQuoteLength = 10;

    public DecisionRecord Summarize(IReadOnlyList<ThreadMessage> thread, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var messages = thread.Where(message => message is not null && !DecisionRecord.IsRecord(message.Text)).OrderBy(message => message.At).ToList();
        var authors = messages.Select(message => message.Author).DistinctBy(person => person.PlatformUserId, StringComparer.Ordinal).ToList();
        var names = authors.Where(person => person.DisplayName is not null)
            .ToDictionary(person => person.PlatformUserId, person => person.DisplayName!, StringComparer.Ordinal);

        var lines = ThreadLines.Split(messages);
        var findings = LineRules.Read(lines, names, MaxItemLength);
        var actions = ActionItems(lines, findings, names);
        return new DecisionRecord(
            DecisionRecord.TitleFor(title),
            Context(lines, names),
            Distinct(findings.OfType<Finding>().Where(finding => finding.Kind == FindingKind.Decision)),
            actions,
            OpenQuestions(lines, findings, names, singleAuthor: authors.Count == 1),
            [.. authors.Concat(actions.Select(item => item.Owner).OfType<PersonRef>()).DistinctBy(person => person.PlatformUserId, StringComparer.Ordinal)]);
    }

    private static string Context(List<ThreadLine> lines, Dictionary<string, string> names)
    {
        var first = lines.Find(line => line.Quote is null && line.Body.Any(char.IsLetterOrDigit));
        return first is null
            ? string.Empty
            : DocumentText.Truncate(DocumentText.FirstSentence(DocumentText.OneLine(PersonTokens.Display(first.Body, names))), MaxContextLength);
    }

    private static List<ActionItem> ActionItems(List<ThreadLine> lines, Finding?[] findings, Dictionary<string, string> names) =>
    [
        .. findings
            .Select((finding, index) => (finding, line: lines[index]))
            .Where(pair => pair.finding?.Kind == FindingKind.Action)
            .SelectMany(pair => pair.finding!.Owners.Select(owner => new ActionItem(
                owner is { DisplayName: null } && names.TryGetValue(owner.PlatformUserId, out var name) ? owner with { DisplayName = name } : owner,
                pair.finding.Text,
                pair.finding.Due,
                pair.line.Source,
                pair.finding.DueText)))
            .DistinctBy(item => (item.Owner?.PlatformUserId, DocumentText.Comparable(item.Action), item.DueText?.ToLowerInvariant())),
    ];

    private static List<string> OpenQuestions(List<ThreadLine> lines, Finding?[] findings, Dictionary<string, string> names, bool singleAuthor)
    {
        var quotes = lines.Select(line => line.Quote is { } quote ? DocumentText.Comparable(PersonTokens.Display(quote, names)) : null).ToArray();
        var yesOrNo = lines.Select(line => line.Quote is null && LineRules.IsYesOrNo(line.Body)).ToArray();
        var open = new List<Finding>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (findings[i] is { Kind: FindingKind.OpenQuestion } marked
                || findings[i] is { Kind: FindingKind.Question } question && !Answered(i, question.Comparable))
            {
                open.Add(findings[i]!);
            }
        }

        return Distinct(open);

        bool Answered(int asked, string question)
        {
            var asker = lines[asked].Author.PlatformUserId;
            for (var i = asked + 1; i < lines.Count; i++)
            {
                if (findings[i] is { Kind: FindingKind.Decision })
                {
                    return true;
                }

                var someoneElse = singleAuthor || !string.Equals(lines[i].Author.PlatformUserId, asker, StringComparison.Ordinal);
                if (someoneElse && (yesOrNo[i] || quotes[i] is { } quote && Quotes(quote, question)))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static bool Quotes(string quote, string question) =>
        quote.Length > 0 && (quote == question
            || Math.Min(quote.Length, question.Length) >= MinQuoteLength
            && (question.Contains(quote, StringComparison.Ordinal) || quote.Contains(question, StringComparison.Ordinal)));

    private static List<string> Distinct(IEnumerable<Finding> findings) =>
        [.. findings.DistinctBy(finding => finding.Comparable, StringComparer.Ordinal).Select(finding => finding.Text)];
}
