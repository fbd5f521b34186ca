using System.Text.RegularExpressions;
using Coordination.Core.Commands;

namespace Coordination.Core.Documentation;

/// <summary>
/// A due date at the end of an action: <c>by</c>, <c>before</c> or <c>on</c> and anything <see cref="DueDate.TryParse"/>
/// reads (<c>by Friday</c>, <c>by Dec 3</c>, <c>on 2026-12-03</c>, <c>by fri 5pm</c>), or a bare date that starts with
/// <c>today</c>, <c>tomorrow</c>, <c>eod</c>, <c>end</c>, <c>this</c>, <c>next</c>, <c>in</c> or a full weekday name
/// (<c>tomorrow</c>, <c>next week</c>, <c>in 3 days</c>, <c>Friday</c>). The longest such ending wins;
/// the words before it are the action, and never nothing.
/// </summary>
internal static partial class TrailingDue
{
    private const int MaxDateWords = 6;

    private static readonly string[] Connectors = ["by", "before", "on"];

    private static readonly string[] BareStarts = ["today", "tomorrow", "eod", "end", "this", "next", "in", .. Enum.GetNames<DayOfWeek>()];

    public static (string Text, DueDate? Due, string? DueText) Split(string text)
    {
        var words = WordPattern().Matches(text);
        var count = words.Count;
        for (var i = Math.Max(1, count - MaxDateWords); i < count; i++)
        {
            var connector = IsOneOf(words[i - 1].Value, Connectors);
            if (connector ? i < 2 : !IsOneOf(words[i].Value, BareStarts))
            {
                continue;
            }

            var phrase = Raw(text, words, i, count);
            if (DueDate.TryParse(phrase, out var due) && due is not null)
            {
                return (Raw(text, words, 0, connector ? i - 1 : i), due, phrase.TrimEnd('.', '!', '?', ',', ';', ' '));
            }
        }

        return (text, null, null);
    }

    private static bool IsOneOf(string word, string[] candidates)
    {
        var bare = word.TrimEnd('.', '!', ',', ';', ':');
        return Array.Exists(candidates, candidate => string.Equals(candidate, bare, StringComparison.OrdinalIgnoreCase));
    }

    private static string Raw(string text, MatchCollection words, int from, int to) =>
        from >= to ? string.Empty : text[words[from].Index..(words[to - 1].Index + words[to - 1].Length)].Trim();

    [GeneratedRegex(@"<[^<>]*>|[^\s<]+|<", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
