using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>
/// The end of an ask's words once its default, escalation and due date are taken off. <see cref="Bare"/>: the due date
/// had no "by" (it may be part of the title); <see cref="Unread"/>: "by" is followed by something like a date that I
/// can't read, left in the title.
/// </summary>
internal sealed record AskEnding(int End, DueDate? Due, string? DueText, PersonRef? EscalateTo, string? Default, bool Bare, HelpCommand? Problem = null)
{
    private const string DefaultWord = "default:";

    public string? Unread { get; init; }

    /// <summary>Where the "by" of <see cref="Unread"/> is, or <see cref="End"/>.</summary>
    public int UnreadAt { get; init; } = End;

    /// <summary>
    /// Takes a default ("default: …", "otherwise I'll …"), <c>escalate @x</c> and a due date off the end of the words
    /// <paramref name="from"/>..<paramref name="to"/>. A due date needs "by" or "before" unless <paramref name="bareIsDue"/>;
    /// a bare one at the end is still taken, marked <see cref="Bare"/>.
    /// </summary>
    public static AskEnding Read(Sentence s, int from, int to, bool bareIsDue)
    {
        for (var i = from; i < to; i++)
        {
            if (DefaultAt(s, i) is not { } start)
            {
                continue;
            }

            var inner = Peel(s, start.Content, to, bareIsDue: null, new AskEnding(to, null, null, null, null, false));
            if (inner.Problem is not null)
            {
                return inner;
            }

            var fallback = s.Slice(start.Content, inner.End);
            fallback = start.Glued > 0 ? fallback[start.Glued..].Trim() : fallback;
            if (fallback.Length == 0)
            {
                return inner with { Problem = s.Help("ask", "Say what you will do if nobody answers, like `default: ship with option A`.") };
            }

            return Peel(s, from, i, bareIsDue, inner with { End = i, Default = fallback });
        }

        return Peel(s, from, to, bareIsDue, new AskEnding(to, null, null, null, null, false));
    }

    /// <summary>Takes <c>escalate @x</c> and a due date off the end; <paramref name="bareIsDue"/> null: no bare dates.</summary>
    public static AskEnding Peel(Sentence s, int from, int to, bool? bareIsDue, AskEnding tail)
    {
        var found = tail with { End = SkipFillers(s, from, to) };
        for (var round = 0; round < 2; round++)
        {
            found = PeelOnce(s, from, found);
        }

        var end = found.End;
        if (end - from >= 2 && IsPlainName(s[end - 1]) && (s.Is(end - 2, "escalate") || s.Is(end - 2, "to") && s.Is(end - 3, "escalate")))
        {
            return tail with { Problem = s.Help("ask", PlainName(s[end - 1])) };
        }

        if (found.Due is null && bareIsDue is { } sure && FreeDates.Bare(s, from, end) is { } loose)
        {
            found = found with { Due = loose.Due, DueText = loose.Text, End = loose.Start, Bare = !sure };
        }

        var unread = found.Due is null ? FreeDates.Unread(s, from, found.End) : null;
        return found with { Unread = unread?.Text ?? tail.Unread, UnreadAt = unread?.At ?? found.End };
    }

    /// <summary>One <c>escalate @x</c> or one "by &lt;date&gt;" off the end, then the filler words before it.</summary>
    private static AskEnding PeelOnce(Sentence s, int from, AskEnding found)
    {
        if (found.EscalateTo is null && s.Input.TrailingEscalation(from, found.End) is { } escalation)
        {
            found = found with { EscalateTo = escalation.Person, End = escalation.Start };
        }
        else if (found.Due is null && FreeDates.By(s, from, found.End) is { } byDate)
        {
            found = found with { Due = byDate.Due, DueText = byDate.Text, End = byDate.Start };
        }

        return found with { End = SkipFillers(s, from, found.End) };
    }

    private static int SkipFillers(Sentence s, int from, int end)
    {
        while (end > from && s.Is(end - 1, Phrases.TailFillers))
        {
            end--;
        }

        return end;
    }

    /// <summary>Where a default's words start at word <paramref name="at"/>, and how many characters of that word are its marker.</summary>
    private static DefaultStart? DefaultAt(Sentence s, int at)
    {
        var word = s.W(at);
        return word == DefaultWord ? new(at + 1, 0)
            : word.StartsWith(DefaultWord, StringComparison.Ordinal) ? new(at, DefaultWord.Length)
            : s.Match(at, Phrases.DefaultMarkers) is var after and >= 0 ? new(after, 0)
            : null;
    }

    private sealed record DefaultStart(int Content, int Glued);
}
