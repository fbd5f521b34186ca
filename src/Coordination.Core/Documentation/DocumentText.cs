using System.Globalization;
using System.Text.RegularExpressions;

namespace Coordination.Core.Documentation;

/// <summary>Small text helpers for records: one-line text, cutting without breaking characters or tokens, sentences.</summary>
internal static partial class DocumentText
{
    public const string Ellipsis = "…";

    /// <summary>The text on one line: every run of white space (line breaks included) one space, trimmed.</summary>
    public static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="max"/> characters ending in "…": whole user-perceived
    /// characters only (an emoji or an accented letter is never split), never inside a <c>&lt;…&gt;</c> token, at a
    /// space when there is one near the end.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var limit = max - Ellipsis.Length;
        var cut = 0;
        while (cut < text.Length)
        {
            var next = cut + StringInfo.GetNextTextElementLength(text, cut);
            if (next > limit)
            {
                break;
            }

            cut = next;
        }

        var open = cut > 0 ? text.LastIndexOf('<', cut - 1) : -1;
        if (open >= 0 && text.IndexOf('>', open, cut - open) < 0)
        {
            cut = open;
        }

        var space = text.LastIndexOf(' ', cut);
        if (space >= limit * 4 / 5)
        {
            cut = space;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }

    /// <summary>The text up to and including its first <c>.</c>, <c>!</c> or <c>?</c> that ends a word; all of it when there is none.</summary>
    public static string FirstSentence(string text) => FirstSentencePattern().Match(text) is { Success: true } match ? match.Value : text;

    /// <summary>The text from its first sentence that ends in <c>?</c> ("Depends. Who knows?" is "Who knows?").</summary>
    public static string FromFirstQuestion(string text)
    {
        var sentences = SentenceBreak().Split(text);
        var first = Array.FindIndex(sentences, sentence => sentence.EndsWith('?'));
        return first <= 0 ? text : string.Join(' ', sentences[first..]);
    }

    /// <summary>The text as compared: one line, lower case, without closing punctuation.</summary>
    public static string Comparable(string text) => OneLine(text).ToLowerInvariant().TrimEnd('?', '.', '!', ' ');

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^.*?[.!?](?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstSentencePattern();

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
