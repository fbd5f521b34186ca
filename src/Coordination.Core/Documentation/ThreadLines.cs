using System.Text.RegularExpressions;
using Coordination.Core.Commands;

namespace Coordination.Core.Documentation;

/// <summary>
/// One non-blank line of a thread. <see cref="Source"/> is the line as written (trimmed); <see cref="Body"/> is it
/// without list markers (<c>-</c>, <c>*</c>, <c>•</c>, <c>1.</c>, <c>[ ]</c>); <see cref="Quote"/> holds the quoted text
/// of a <c>&gt;</c> line (Slack sends <c>&amp;gt;</c>), which is never read as a finding of its own.
/// </summary>
internal sealed record ThreadLine(int Position, PersonRef Author, string Source, string Body, bool Bulleted, string? Quote);

internal static partial class ThreadLines
{
    /// <summary>The lines of <paramref name="messages"/>, in order; the rest of a message after <c>&gt;&gt;&gt;</c> is all quote.</summary>
    public static List<ThreadLine> Split(IEnumerable<ThreadMessage> messages)
    {
        var lines = new List<ThreadLine>();
        foreach (var message in messages)
        {
            var author = message.Author;
            var quoting = false;
            foreach (var raw in (message.Text ?? string.Empty).ReplaceLineEndings("\n").Split('\n'))
            {
                var source = raw.Trim();
                if (source.Length == 0)
                {
                    continue;
                }

                var quote = QuotePattern().Match(source);
                quoting |= quote.Groups["block"].Success;
                if (quote.Success || quoting)
                {
                    lines.Add(new(lines.Count, author, source, source, false, quote.Success ? quote.Groups["text"].Value.Trim() : source));
                    continue;
                }

                var body = ListMarker().Match(source) is { Success: true } marker ? source[marker.Length..] : source;
                lines.Add(new(lines.Count, author, source, body, body.Length < source.Length, null));
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^(?:>|&gt;)(?<block>(?:>|&gt;){2})?\s*(?<text>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuotePattern();

    [GeneratedRegex(@"^(?:(?:[-*+•‣◦▪·–—]|\d{1,3}[.)]|\[[ xX✓✔]?\])\s+){1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}
