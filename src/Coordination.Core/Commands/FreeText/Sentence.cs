using System.Text.RegularExpressions;

namespace Coordination.Core.Commands;

/// <summary>
/// The words of a message with politeness ("please", "can you", "thanks") and closing punctuation gone: a window
/// <see cref="From"/>..<see cref="To"/> over its <see cref="CommandInput"/>. Readers look at words by index, lower-cased
/// through <see cref="W"/> and <see cref="Is"/>, and match the tables in <see cref="Phrases"/> with <see cref="Match"/>.
/// </summary>
internal sealed partial class Sentence
{
    private readonly CommandInput _input;
    private readonly string[] _lower;

    private Sentence(CommandInput input, bool punctuated)
    {
        _input = input;
        _lower = [.. Enumerable.Range(0, input.Count).Select(i => input[i].ToLowerInvariant().TrimEnd(',', ';'))];
        (From, To) = (0, input.Count);
        var stripped = punctuated;
        for (var changed = true; changed && From < To;)
        {
            changed = StripOnce();
            stripped |= changed;
        }

        Polite = stripped && (From > 0 || To < input.Count);
    }

    public CommandContext Context => _input.Context;

    public int From { get; private set; }

    public int To { get; private set; }

    /// <summary>Words were taken off the start or the end.</summary>
    public bool Polite { get; }

    public int Count => To - From;

    public CommandInput Input => _input;

    /// <summary>The word as written.</summary>
    public string this[int index] => _input[index];

    public static Sentence Of(string text, CommandContext context)
    {
        var clean = text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Trim();
        var trimmed = ClosingPunctuation().Replace(clean, string.Empty);
        return new Sentence(new CommandInput(trimmed, context), trimmed.Length != clean.Length);
    }

    /// <summary>The word lower-cased, without a trailing comma or semicolon; empty past <see cref="To"/>.</summary>
    public string W(int index) => index >= From && index < To ? _lower[index] : string.Empty;

    public bool Is(int index, params string[] words) => words.Contains(W(index), StringComparer.Ordinal);

    /// <summary>The words from <paramref name="at"/> are exactly one of <paramref name="phrases"/>' rows, word for word.</summary>
    public bool StartsWithAny(int at, IEnumerable<string> phrases) =>
        phrases.Any(phrase => phrase.Split(' ').Select((word, k) => W(at + k) == word).All(equal => equal));

    /// <summary>The index after the longest of <paramref name="phrases"/> starting at <paramref name="at"/>, or -1.</summary>
    public int Match(int at, IEnumerable<string> phrases)
    {
        var best = -1;
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ');
            if (at + words.Length <= To && at >= From && at + words.Length > best
                && words.Select((word, k) => word == _lower[at + k] || k == words.Length - 1 && _lower[at + k] == word + ":").All(equal => equal))
            {
                best = at + words.Length;
            }
        }

        return best;
    }

    /// <summary>The lower-cased words from <paramref name="from"/> to <paramref name="to"/>, one space apart.</summary>
    public string Lower(int from, int to) => from >= to ? string.Empty : string.Join(' ', _lower[from..to]);

    public string Raw(int from, int to) => _input.Raw(from, to);

    /// <summary>The words as written (mentions shown as @name), without punctuation left dangling at either end.</summary>
    public string Slice(int from, int to) => DanglingPunctuation().Replace(_input.Slice(from, to), string.Empty);

    public (List<PersonRef> People, int Next) LeadingPeople(int from)
    {
        var (people, next) = _input.LeadingPeople(from);
        return (people, Math.Min(next, Math.Max(To, from)));
    }

    /// <summary>A usage problem about this message, for <paramref name="verb"/>'s help.</summary>
    public HelpCommand Help(string? verb, string problem) => new(Context, verb, problem);

    /// <summary>Takes one politeness phrase, or a word left empty, off either end; false when there was none.</summary>
    private bool StripOnce()
    {
        var opening = Match(From, Phrases.Opening);
        var closing = Enumerable.Range(1, Math.Min(3, To - From - 1)).Reverse()
            .FirstOrDefault(n => Phrases.Closing.Contains(string.Join(' ', _lower[(To - n)..To]), StringComparer.Ordinal));
        var changed = opening > From || closing > 0 || To > From && _lower[To - 1].Length == 0;
        if (opening > From)
        {
            From = opening;
        }
        else if (closing > 0)
        {
            To -= closing;
        }
        else if (changed)
        {
            To--;
        }

        return changed;
    }

    [GeneratedRegex(@"[\s.!?…]+$", RegexOptions.CultureInvariant)]
    internal static partial Regex ClosingPunctuation();

    [GeneratedRegex(@"^[\s,;:.\-–—]+|[\s,;:\-–—]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DanglingPunctuation();
}
