using System.Text.RegularExpressions;
using Coordination.Core.Requests;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>
/// Turns the text of a command (<c>ask &lt;@U1|bob&gt; review the spec by Friday</c>) into a <see cref="ChatCommand"/>.
/// People are written as <c>&lt;@ID&gt;</c> or <c>&lt;@ID|name&gt;</c>; adapters translate their platform's mentions to
/// that form first. Text that does not start with a verb goes to <see cref="FreeTextParser"/>; anything neither can
/// read becomes a <see cref="HelpCommand"/> that says what was wrong.
/// </summary>
public static partial class CommandParser
{
    public const int MaxTextLength = 2000;
    public const int MaxTitleLength = 500;
    public const int MaxNoteLength = 1000;

    /// <summary>Pasted meeting notes (<c>notes …</c>) may be longer than any other command.</summary>
    public const int MaxNotesLength = 20_000;

    private const string KeyExample = "`CR-12`";

    private static readonly string[] Verbs =
    [
        "ask", "ack", "list", "status", "done", "decline", "redirect", "snooze", "escalate", "resolve", "cancel", "lead", "tz", "help",
        "decide", "next", "decisions", "team", "away", "back", "summarize", "notes", "summary",
        "digest", "meeting", "stats", "patterns", "export",
    ];

    public static ChatCommand Parse(string text, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        var limit = NotesPattern().IsMatch(text) ? MaxNotesLength : MaxTextLength;
        if (text.Length > limit)
        {
            return new HelpCommand(context, Problem: limit == MaxNotesLength
                ? $"Those notes are too long ({text.Length} characters): paste them in parts under {MaxNotesLength} each."
                : $"That is too long ({text.Length} characters): keep a command under {MaxTextLength}.");
        }

        var input = new CommandInput(text, context);
        if (input.Count == 0)
        {
            return new HelpCommand(context);
        }

        var verb = Canonical(input[0]);
        return verb switch
        {
            null => FreeText(input),
            "ask" => AskMaybeMeeting(input),
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
            "decide" => Decide(input),
            "next" => NextStep(input),
            "decisions" => Decisions(input),
            "team" => Team(input),
            "away" => Away(input),
            "back" => Back(input),
            "summarize" => Summarize(input),
            "notes" => Notes(input),
            "digest" => Digest(input),
            "meeting" => Meeting(input),
            "stats" => Stats(input),
            "patterns" => input.Only(verb, 1, new PatternsCommand(context)),
            "export" => Export(input),
            "summary" => MorningSummary(input) ?? FreeText(input),
            _ => Help(input),
        };
    }

    /// <summary>Text that is not a command form: plain English, or an unknown verb.</summary>
    private static ChatCommand FreeText(CommandInput input) =>
        FreeTextParser.Parse(input.Text, input.Context) is { } free ? WithWords(free, input.Text) : UnknownVerb(input);

    /// <summary>A half-understood request keeps its words, so Confirm can read them again exactly.</summary>
    private static ChatCommand WithWords(ChatCommand free, string text) => free is ConfirmCommand confirm ? confirm with { Text = text.Trim() } : free;

    /// <summary>The verb <paramref name="word"/> names (<c>close</c> is <c>resolve</c>, <c>summarise</c> is <c>summarize</c>; a trailing colon is allowed), or <c>null</c>.</summary>
    internal static string? Canonical(string word)
    {
        var lower = word.Length > 1 && word[^1] == ':' ? word[..^1].ToLowerInvariant() : word.ToLowerInvariant();
        return lower switch
        {
            "close" => "resolve",
            "summarise" => "summarize",
            "summaries" => "summary",
            _ => Array.Find(Verbs, verb => verb == lower),
        };
    }

    private static ChatCommand Ask(CommandInput input)
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

        var marker = DefaultMarker(input, start);
        if (marker >= 0 && input[marker].Length > DefaultWord.Length)
        {
            return Ask(new CommandInput(GluedDefaultPattern().Replace(input.Text, DefaultWord + " "), input.Context));
        }

        // The default (when there is one) ends the title; "by <date>" and "escalate @x" may follow the title or the default.
        var tail = new AskTail(input.Count, null, null);
        string? fallback = null;
        if (marker >= 0)
        {
            tail = PeelAskTail(input, marker + 1, tail with { End = input.Count });
            if (tail.Problem is not null)
            {
                return tail.Problem;
            }

            fallback = input.Slice(marker + 1, tail.End);
            if (fallback.Length == 0)
            {
                return input.Fail("ask", "Say what you will do if nobody answers after `default:`, like `default: ship with option A`.");
            }

            if (fallback.Length > MaxTitleLength)
            {
                return input.Fail("ask", $"That default is too long ({fallback.Length} characters): keep it under {MaxTitleLength}.");
            }

            tail = tail with { End = marker };
        }

        tail = PeelAskTail(input, start, tail);
        if (tail.Problem is not null)
        {
            return tail.Problem;
        }

        var title = input.Slice(start, tail.End);
        return title.Length switch
        {
            0 => input.Fail("ask", "`ask` needs what you are asking for after the people, like `/coord ask @dana review the spec`."),
            > MaxTitleLength => input.Fail("ask", $"That request is too long ({title.Length} characters): keep it under {MaxTitleLength} and put details in the thread."),
            _ => new AskCommand(input.Context, title, stakeholders, tail.Due, tail.EscalateTo, fallback),
        };
    }

    private sealed record AskTail(int End, DueDate? Due, PersonRef? EscalateTo, HelpCommand? Problem = null);

    /// <summary>Takes <c>escalate @x</c> and <c>by &lt;date&gt;</c>, in either order, off the end of the words from <paramref name="start"/> to <c>tail.End</c>.</summary>
    private static AskTail PeelAskTail(CommandInput input, int start, AskTail tail)
    {
        var (end, due, escalateTo) = (tail.End, tail.Due, tail.EscalateTo);
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

        var plainEscalation = end - start >= 2 && IsPlainName(input[end - 1])
            && (input.Is(end - 2, "escalate") || input.Is(end - 2, "to") && input.Is(end - 3, "escalate"));
        var twice = tail.Due is not null && input.TrailingDueDate(start, end) is not null;
        return new AskTail(end, due, escalateTo, plainEscalation ? input.Fail("ask", PlainName(input[end - 1]))
            : twice ? input.Fail("ask", "That has two due dates: give one, before or after the `default:`.")
            : null);
    }

    private const string DefaultWord = "default:";

    /// <summary>The first word from <paramref name="start"/> that is (or starts with) <c>default:</c>, or -1.</summary>
    private static int DefaultMarker(CommandInput input, int start)
    {
        for (var i = start; i < input.Count; i++)
        {
            if (input[i].StartsWith(DefaultWord, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static ChatCommand List(CommandInput input)
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

    private static ChatCommand Redirect(CommandInput input, int number)
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

    private static ChatCommand Snooze(CommandInput input, int number)
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

    private static ChatCommand Escalate(CommandInput input, int number)
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

    private static ChatCommand Lead(CommandInput input)
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

    private static ChatCommand TimeZone(CommandInput input) => input.Count switch
    {
        1 => input.Fail("tz", "`tz` needs a time zone name, like `Europe/London` or `America/Los_Angeles`."),
        2 when input[1].Length <= 64 => new SetTimeZoneCommand(input.Context, input[1]),
        _ => input.Fail("tz", "`tz` takes one time zone name with no spaces, like `Europe/London` or `America/Los_Angeles`."),
    };

    private static HelpCommand Help(CommandInput input)
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

    private static HelpCommand UnknownVerb(CommandInput input) =>
        TryPerson(input[0], out _) || IsPlainName(input[0])
            ? input.Fail(null, "Start with what to do: to ask someone, write `/coord ask @dana review the spec`.")
            : input.Fail(null, Unknown(input[0]));

    private static ChatCommand WithKey(CommandInput input, string verb, Func<int, ChatCommand> then) =>
        input.Count < 2
            ? input.Fail(verb, $"`{verb}` needs a request key, like {KeyExample}.")
            : TryKey(input[1], out var number)
                ? then(number)
                : input.Fail(verb, $"{Quote(input[1])} isn't a request key: write it like {KeyExample}.");

    private static string Unknown(string word) =>
        Suggest(word) is { } suggestion ? $"I don't know {Quote(word)}. Did you mean `{suggestion}`?" : $"I don't know {Quote(word)}.";

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

    [GeneratedRegex(@"^\s*notes:?(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesPattern();

    [GeneratedRegex(@"(?<!\S)default:(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GluedDefaultPattern();
}
