using System.Globalization;
using System.Text.RegularExpressions;
using Coordination.Core.Requests;

namespace Coordination.Core.Commands;

/// <summary>
/// Turns the text of a command (<c>ask &lt;@U1|bob&gt; review the spec by Friday</c>) into a <see cref="ChatCommand"/>.
/// People are written as <c>&lt;@ID&gt;</c> or <c>&lt;@ID|name&gt;</c>; adapters translate their platform's mentions to
/// that form first. Anything it cannot read becomes a <see cref="HelpCommand"/> that says what was wrong.
/// </summary>
public static partial class CommandParser
{
    public const int MaxTextLength = 2000;
    public const int MaxTitleLength = 500;
    public const int MaxNoteLength = 1000;

    private const string KeyExample = "`CR-12`";

    private static readonly string[] Verbs =
        ["ask", "ack", "list", "status", "done", "decline", "redirect", "snooze", "escalate", "resolve", "cancel", "lead", "tz", "help"];

    public static ChatCommand Parse(string text, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            return new HelpCommand(context, Problem: $"That is too long ({text.Length} characters): keep a command under {MaxTextLength}.");
        }

        var input = new Input(text, context);
        if (input.Count == 0)
        {
            return new HelpCommand(context);
        }

        var verb = Canonical(input[0]);
        return verb switch
        {
            null => UnknownVerb(input),
            "ask" => Ask(input),
            "list" => List(input),
            "status" => WithKey(input, verb, n => input.Only(verb, 2, new StatusCommand(context, n))),
            "ack" => WithKey(input, verb, n => input.Only(verb, 2, new AcknowledgeCommand(context, n))),
            "cancel" => WithKey(input, verb, n => input.Only(verb, 2, new CancelCommand(context, n))),
            "done" => WithKey(input, verb, n => input.WithNote(verb, 2, required: false, note => new DoneCommand(context, n, note))),
            "resolve" => WithKey(input, verb, n => input.WithNote(verb, 2, required: false, note => new ResolveCommand(context, n, note))),
            "decline" => WithKey(input, verb, n => input.WithNote(verb, 2, required: true, note => new DeclineCommand(context, n, note!))),
            "redirect" => WithKey(input, verb, n => Redirect(input, n)),
            "snooze" => WithKey(input, verb, n => Snooze(input, n)),
            "escalate" => WithKey(input, verb, n => Escalate(input, n)),
            "lead" => Lead(input),
            "tz" => TimeZone(input),
            _ => Help(input),
        };
    }

    private static ChatCommand Ask(Input input)
    {
        var (stakeholders, start) = input.LeadingPeople(1);
        if (stakeholders.Count == 0)
        {
            return input.Count > 1 && IsPlainName(input[1])
                ? input.Fail("ask", PlainName(input[1]))
                : input.Fail("ask", "`ask` needs at least one person: start with their @-mention, like `/coord ask @dana review the spec`.");
        }

        if (start < input.Count && IsPlainName(input[start]))
        {
            return input.Fail("ask", PlainName(input[start]));
        }

        var (end, due, escalateTo) = (input.Count, (DueDate?)null, (PersonRef?)null);
        for (var round = 0; round < 2; round++)
        {
            if (escalateTo is null && input.TrailingEscalation(start, end) is { } escalation)
            {
                (escalateTo, end) = (escalation.Person, escalation.Start);
            }
            else if (due is null && input.TrailingDueDate(start, end) is { } byDate)
            {
                (due, end) = (byDate.Due, byDate.Start);
            }
        }

        if (end - start >= 2 && IsPlainName(input[end - 1]) && (input.Is(end - 2, "escalate") || input.Is(end - 2, "to") && input.Is(end - 3, "escalate")))
        {
            return input.Fail("ask", PlainName(input[end - 1]));
        }

        var title = input.Slice(start, end);
        return title.Length switch
        {
            0 => input.Fail("ask", "`ask` needs what you are asking for after the people, like `/coord ask @dana review the spec`."),
            > MaxTitleLength => input.Fail("ask", $"That request is too long ({title.Length} characters): keep it under {MaxTitleLength} and put details in the thread."),
            _ => new AskCommand(input.Context, title, stakeholders, due, escalateTo),
        };
    }

    private static ChatCommand List(Input input)
    {
        if (input.Count > 2)
        {
            return input.Fail("list", "`list` takes one word at most: `mine`, `waiting` or `all`.");
        }

        var word = input.Count == 2 ? input[1] : "mine";
        ListFilter? filter = word.ToLowerInvariant() switch
        {
            "mine" => ListFilter.Mine,
            "waiting" => ListFilter.Waiting,
            "all" => ListFilter.All,
            _ => null,
        };
        return filter is { } known
            ? new ListCommand(input.Context, known)
            : input.Fail("list", $"`list` takes `mine`, `waiting` or `all`, not {Quote(word)}.");
    }

    private static ChatCommand Redirect(Input input, int number)
    {
        var (people, problem) = input.People("redirect", 2);
        if (problem is not null)
        {
            return problem;
        }

        return people.Count switch
        {
            1 => new RedirectCommand(input.Context, number, people[0]),
            2 => new RedirectCommand(input.Context, number, people[1], people[0]),
            0 => input.Fail("redirect", $"Who should {RequestKey.Format(number)} go to? Add their @-mention, like `/coord redirect {RequestKey.Format(number)} @sam`."),
            _ => input.Fail("redirect", "`redirect` takes one person to hand over to, or the person handing over and then the one taking over."),
        };
    }

    private static ChatCommand Snooze(Input input, int number)
    {
        var stakeholder = input.Count > 2 && TryPerson(input[2], out var person) ? person : null;
        var from = stakeholder is null ? 2 : 3;
        if (from < input.Count && IsPlainName(input[from]))
        {
            return input.Fail("snooze", PlainName(input[from]));
        }

        var text = input.Slice(from, input.Count);
        return text.Length == 0
            ? input.Fail("snooze", $"How long should {RequestKey.Format(number)} be snoozed? Add a duration, like `2d`, `36h` or `1 week`.")
            : DurationText.TryParse(text, out var duration)
                ? new SnoozeCommand(input.Context, number, duration, stakeholder)
                : input.Fail("snooze", $"I can't read {Quote(text)} as a duration: write it like `2d`, `36h`, `90m` or `1 week` (at most 30 days).");
    }

    private static ChatCommand Escalate(Input input, int number)
    {
        var (people, problem) = input.People("escalate", 2);
        if (problem is not null)
        {
            return problem;
        }

        return people.Count == 1
            ? new EscalateToCommand(input.Context, number, people[0])
            : input.Fail("escalate", $"`escalate` takes exactly one person, like `/coord escalate {RequestKey.Format(number)} @morgan`.");
    }

    private static ChatCommand Lead(Input input)
    {
        var (people, problem) = input.People("lead", 1);
        if (problem is not null)
        {
            return problem;
        }

        return people.Count switch
        {
            1 => new SetLeadCommand(input.Context, people[0]),
            2 => new SetLeadCommand(input.Context, people[1], people[0]),
            _ => input.Fail("lead", "`lead` takes your lead's @-mention, or a person's and then their lead's."),
        };
    }

    private static ChatCommand TimeZone(Input input) => input.Count switch
    {
        1 => input.Fail("tz", "`tz` needs a time zone name, like `Europe/London` or `America/Los_Angeles`."),
        2 when input[1].Length <= 64 => new SetTimeZoneCommand(input.Context, input[1]),
        _ => input.Fail("tz", "`tz` takes one time zone name with no spaces, like `Europe/London` or `America/Los_Angeles`."),
    };

    private static HelpCommand Help(Input input)
    {
        if (input.Count == 1)
        {
            return new HelpCommand(input.Context);
        }

        var verb = Canonical(input[1]);
        return verb is not null && input.Count == 2
            ? new HelpCommand(input.Context, verb)
            : new HelpCommand(input.Context, verb, verb is null ? Unknown(input[1]) : "`help` takes one command name, like `/coord help ask`.");
    }

    private static HelpCommand UnknownVerb(Input input) =>
        TryPerson(input[0], out _) || IsPlainName(input[0])
            ? input.Fail(null, "Start with what to do: to ask someone, write `/coord ask @dana review the spec`.")
            : input.Fail(null, Unknown(input[0]));

    private static ChatCommand WithKey(Input input, string verb, Func<int, ChatCommand> then) =>
        input.Count < 2
            ? input.Fail(verb, $"`{verb}` needs a request key, like {KeyExample}.")
            : TryKey(input[1], out var number)
                ? then(number)
                : input.Fail(verb, $"{Quote(input[1])} isn't a request key: write it like {KeyExample}.");

    private static string Unknown(string word) =>
        Suggest(word) is { } suggestion ? $"I don't know {Quote(word)}. Did you mean `{suggestion}`?" : $"I don't know {Quote(word)}.";

    private static string PlainName(string word) =>
        $"I couldn't tell who {Quote(word)} is: pick them from the @-mention list so their name turns blue.";

    private static string? Canonical(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower == "close" ? "resolve" : Array.Find(Verbs, verb => verb == lower);
    }

    /// <summary>The verb <paramref name="word"/> was probably meant to be: one it starts, or one a typo or two away.</summary>
    private static string? Suggest(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length is < 2 or > 20)
        {
            return null;
        }

        var prefixed = lower.Length >= 3 ? Array.Find(Verbs, verb => verb.StartsWith(lower, StringComparison.Ordinal)) : null;
        var (best, distance) = Verbs.Select(verb => (verb, distance: Distance(lower, verb))).MinBy(pair => pair.distance);
        return prefixed ?? (distance <= (lower.Length <= 4 ? 1 : 2) ? best : null);
    }

    /// <summary>Edit distance counting a swap of neighbours as one edit (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            for (var j = 0; j <= b.Length; j++)
            {
                d[i, j] = i == 0 || j == 0 ? i + j : Math.Min(
                    Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1),
                    d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static bool TryKey(string word, out int number)
    {
        var digits = word.StartsWith('#') ? word[1..] : word;
        if (RequestKey.TryParse(word, out number))
        {
            return true;
        }

        return digits.Length is > 0 and <= 9
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }

    private static bool TryPerson(string word, out PersonRef? person)
    {
        var match = MentionPattern().Match(word);
        var name = match.Groups["name"].Value.Trim();
        person = match.Success ? new PersonRef(match.Groups["id"].Value, name.Length == 0 ? null : name) : null;
        return match.Success;
    }

    private static bool IsPlainName(string word) => word.Length > 1 && word[0] == '@';

    /// <summary>A word for a message: in backticks, without backticks of its own, and short.</summary>
    private static string Quote(string word)
    {
        var clean = word.Replace('`', '\'');
        return $"`{(clean.Length > 40 ? clean[..40] + "…" : clean)}`";
    }

    /// <summary>The words of a command, each with where it sits in the text (so a title keeps its own spacing).</summary>
    private sealed class Input(string text, CommandContext context)
    {
        private readonly Match[] _words = TokenPattern().Matches(text).ToArray();

        public CommandContext Context => context;

        public int Count => _words.Length;

        public string this[int index] => _words[index].Value;

        public bool Is(int index, string word) => string.Equals(this[index], word, StringComparison.OrdinalIgnoreCase);

        public HelpCommand Fail(string? verb, string problem) => new(context, verb, problem);

        public ChatCommand Only(string verb, int count, ChatCommand command) =>
            Count > count ? Fail(verb, $"`{verb}` takes only a request key; I don't know what to do with {Quote(Raw(count, Count))}.") : command;

        /// <summary>The text from word <paramref name="from"/> up to (not including) word <paramref name="to"/>, as written.</summary>
        public string Raw(int from, int to) =>
            from >= to ? string.Empty : text[_words[from].Index..(_words[to - 1].Index + _words[to - 1].Length)].Trim();

        /// <summary>Like <see cref="Raw"/>, with <c>&lt;@ID|name&gt;</c> shown as <c>@name</c>.</summary>
        public string Slice(int from, int to) => NamedMentionPattern().Replace(Raw(from, to), m => "@" + m.Groups["name"].Value.Trim()).Trim();

        public ChatCommand WithNote(string verb, int from, bool required, Func<string?, ChatCommand> then)
        {
            var note = Slice(from, Count);
            return note.Length switch
            {
                0 when required => Fail(verb, $"`{verb}` needs a reason the requester can act on, like `/coord {verb} CR-12 out of scope this quarter`."),
                0 => then(null),
                > MaxNoteLength => Fail(verb, $"That note is too long ({note.Length} characters): keep it under {MaxNoteLength}."),
                _ => then(note),
            };
        }

        /// <summary>The mentions from word <paramref name="from"/> on (joined by nothing, commas or "and"), and the word after them.</summary>
        public (List<PersonRef> People, int Next) LeadingPeople(int from)
        {
            var people = new List<PersonRef>();
            var i = from;
            while (i < Count)
            {
                if (TryPerson(this[i], out var person))
                {
                    people.Add(person!);
                }
                else if (people.Count == 0 || this[i] is not ("," or "&") && !Is(i, "and") || i + 1 >= Count || !TryPerson(this[i + 1], out _))
                {
                    break;
                }

                i++;
            }

            return ([.. people.DistinctBy(p => p.PlatformUserId)], i);
        }

        /// <summary>Every word from <paramref name="from"/> on is a mention (a "to" between them is allowed).</summary>
        public (List<PersonRef> People, ChatCommand? Problem) People(string verb, int from)
        {
            var people = new List<PersonRef>();
            for (var i = from; i < Count; i++)
            {
                if (TryPerson(this[i], out var person))
                {
                    people.Add(person!);
                }
                else if (!Is(i, "to"))
                {
                    return (people, Fail(verb, IsPlainName(this[i])
                        ? PlainName(this[i])
                        : $"I expected an @-mention after {Quote(Raw(0, from))}, not {Quote(this[i])}."));
                }
            }

            return (people, null);
        }

        /// <summary><c>escalate @x</c> (or <c>escalate to @x</c>) ending the words before <paramref name="end"/>.</summary>
        public (PersonRef Person, int Start)? TrailingEscalation(int start, int end)
        {
            if (end - start < 2 || !TryPerson(this[end - 1], out var person))
            {
                return null;
            }

            return Is(end - 2, "escalate") ? (person!, end - 2)
                : end - start >= 3 && Is(end - 2, "to") && Is(end - 3, "escalate") ? (person!, end - 3)
                : null;
        }

        /// <summary><c>by &lt;date&gt;</c> ending the words before <paramref name="end"/>.</summary>
        public (DueDate Due, int Start)? TrailingDueDate(int start, int end)
        {
            var by = Array.FindLastIndex(_words, end - 1, end - start, word => string.Equals(word.Value, "by", StringComparison.OrdinalIgnoreCase));
            return by >= 0 && DueDate.TryParse(Raw(by + 1, end), out var due) && due is not null ? (due, by) : null;
        }
    }

    [GeneratedRegex(@"<[^<>]*>|[^\s<]+|<", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^<@(?<id>[^|<>\s]{1,100})(?:\|(?<name>[^<>]{0,200}))?>$", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"<@[^|<>\s]{1,100}\|(?<name>[^<>]*[^<>\s][^<>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMentionPattern();
}
