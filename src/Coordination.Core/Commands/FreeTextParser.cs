using System.Text.RegularExpressions;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>
/// Reads plain English that does not start with a verb: <c>follow up with @a and @b on the spec by Friday</c>,
/// <c>coordinate the launch with the backend team</c>, <c>remind @x about the deck tomorrow</c>, <c>what's waiting on
/// me?</c>, <c>who is blocking CR-3?</c>, <c>we decided to ship, @x will tell support by Monday</c>, <c>I'm away until Dec
/// 3</c>, <c>I'm back</c>. Deterministic: the same words always give the same command. When a reading is plausible but
/// not certain (people but no clear request, a date that could be part of the title) it gives a
/// <see cref="ConfirmCommand"/> instead of guessing; when the words are recognisably one of these phrasings but cannot
/// be read, a <see cref="HelpCommand"/> naming the closest valid form; otherwise <c>null</c>.
/// </summary>
public static partial class FreeTextParser
{
    private const string AskForm = "`ask @dana <what> by <date>`";

    public static ChatCommand? Parse(string text, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (text.Length > CommandParser.MaxTextLength)
        {
            return null;
        }

        var s = Sentence.Of(text, context);
        if (s.Count == 0 || IsPerson(s[s.From]))
        {
            return null;
        }

        return Verb(s)
            ?? NotMe(s)
            ?? Query(s)
            ?? Status(s)
            ?? Decision(s)
            ?? Presence(s)
            ?? Summary(s)
            ?? Request(s)
            ?? Coordinate(s)
            ?? Remind(s)
            ?? (s.Polite ? CommandParser.Parse(s.Raw(s.From, s.To), context) : null);
    }

    /// <summary>
    /// "please list waiting", "can you ack CR-3?": a verb once the politeness is gone. "summary" is one only as the
    /// morning summary's switch; otherwise it asks for a thread's summary (<see cref="Summary"/>).
    /// </summary>
    private static ChatCommand? Verb(Sentence s) => CommandParser.Canonical(s[s.From]) switch
    {
        null => null,
        "ask" => Request(s),
        "summary" => CommandParser.MorningSummary(s.Raw(s.From, s.To), s.Context),
        _ => CommandParser.Parse(s.Raw(s.From, s.To), s.Context),
    };

    /// <summary>"not me, ask @x": a hand-over needs the request's key.</summary>
    private static HelpCommand? NotMe(Sentence s) =>
        s.Is(s.From, "not") && s.Is(s.From + 1, "me", "mine")
            ? Help(s, "redirect", $"To hand a request over, name it: `redirect CR-12 {(Enumerable.Range(s.From, s.Count).FirstOrDefault(i => IsPerson(s[i]), -1) is var at and >= 0 ? s.Slice(at, at + 1) : "@person")}` (or press Not me on the request).")
            : null;

    /// <summary>
    /// The words of a message with politeness ("please", "can you", "thanks") and closing punctuation gone: a window
    /// <see cref="From"/>..<see cref="To"/> over its <see cref="CommandInput"/>.
    /// </summary>
    private sealed class Sentence
    {
        private static readonly string[] Opening =
        [
            "please", "pls", "plz", "kindly", "hey", "hi", "hello", "ok", "okay", "so", "yo", "just", "bot",
            "can you", "could you", "would you", "will you", "can u", "could u", "would you mind", "would you be able to",
            "i need you to", "i'd like you to", "i want you to", "go ahead and",
        ];

        private static readonly string[] Closing = ["please", "pls", "plz", "thanks", "thank you", "thx", "ty", "cheers"];

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
                var opening = Match(From, Opening);
                var closing = Enumerable.Range(1, Math.Min(3, To - From - 1)).Reverse()
                    .FirstOrDefault(n => Closing.Contains(string.Join(' ', _lower[(To - n)..To]), StringComparer.Ordinal));
                changed = opening > From || closing > 0 || To > From && _lower[To - 1].Length == 0;
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

                stripped |= changed;
            }

            Polite = stripped && (From > 0 || To < input.Count);
        }

        public CommandContext Context => _input.Context;

        public int From { get; }

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
    }

    /// <summary>
    /// A date as people say it: what <see cref="DueDate.TryParse"/> reads, plus "end of (the) week" (Friday), with the
    /// text it was read from.
    /// </summary>
    private static DueDate? FreeDate(string text)
    {
        if (DueDate.TryParse(text, out var due))
        {
            return due;
        }

        var lower = text.ToLowerInvariant();
        var week = EndOfWeekPattern().Replace(lower, "friday");
        return week != lower && DueDate.TryParse(week, out due) ? due : null;
    }

    /// <summary>The longest run of words from <paramref name="from"/> (at most six, ending by <paramref name="to"/>) that is a date.</summary>
    private static (DueDate Due, int End)? LeadingDate(Sentence s, int from, int to, Func<int, bool>? endsWell = null)
    {
        for (var end = Math.Min(to, from + 6); end > from; end--)
        {
            if ((endsWell is null || endsWell(end)) && FreeDate(s.Raw(from, end)) is { } due)
            {
                return (due, end);
            }
        }

        return null;
    }

    /// <summary>What may follow <c>back</c>: nothing, "now", "again", "in the office", "from vacation".</summary>
    internal static bool IsBackRest(string rest)
    {
        var lower = ClosingPunctuation().Replace(rest.Trim().ToLowerInvariant(), string.Empty);
        return lower is "" or "now" or "again" or "now again" or "in the office" or "at work" or "online" or "at my desk"
            || lower.StartsWith("from ", StringComparison.Ordinal);
    }

    /// <summary>Names people for a reply: "@a", "@a and @b", "@a, @b and @c".</summary>
    private static string Names(List<PersonRef> people) => people.Count switch
    {
        0 => "nobody",
        1 => Display(people[0]),
        _ => string.Join(", ", people.Take(people.Count - 1).Select(Display)) + " and " + Display(people[^1]),
    };

    private static HelpCommand Help(Sentence s, string? verb, string problem) => new(s.Context, verb, problem);

    [GeneratedRegex(@"[\s.!?…]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingPunctuation();

    [GeneratedRegex(@"^[\s,;:.\-–—]+|[\s,;:\-–—]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DanglingPunctuation();

    [GeneratedRegex(@"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week|eow)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EndOfWeekPattern();
}
