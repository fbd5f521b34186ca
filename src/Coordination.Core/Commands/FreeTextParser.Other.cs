using System.Text.RegularExpressions;
using Coordination.Core.Requests;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>Phrasings for lists, status, decisions, absence and summaries.</summary>
public static partial class FreeTextParser
{
    /// <summary>"what's waiting on me?", "what am I waiting on?", "what's open?".</summary>
    private static ChatCommand? Query(Sentence s)
    {
        var lower = s.Lower(s.From, s.To);
        if (WaitingOnMe().IsMatch(lower))
        {
            return new ListCommand(s.Context, ListFilter.Waiting);
        }

        if (MyRequests().IsMatch(lower))
        {
            return new ListCommand(s.Context, ListFilter.Mine);
        }

        if (EverythingOpen().IsMatch(lower))
        {
            return new ListCommand(s.Context, ListFilter.All);
        }

        return WaitingOnSomeone().IsMatch(lower)
            ? Help(s, "list", "I can list what is waiting on you (`list waiting`), what you are waiting on (`list mine`) or every open request (`list all`); for one request, `status CR-12`.")
            : null;
    }

    /// <summary>"who is blocking CR-3?", "what's the status of CR-3?".</summary>
    private static ChatCommand? Status(Sentence s)
    {
        var match = StatusQuestion().Match(s.Lower(s.From, s.To));
        if (!match.Success)
        {
            return null;
        }

        var key = match.Groups["key"].Value;
        return match.Groups["rest"].Success && key.Length > 0 && TryKey(key, out var number)
            ? new StatusCommand(s.Context, number)
            : Help(s, "status", "Which request? Name it by its key: did you mean `status CR-12` (or `who is blocking CR-12?`)?");
    }

    private static readonly string[] DecisionTriggers =
    [
        "we decided", "we've decided", "we have decided", "we just decided", "we all decided", "we agreed", "we've agreed",
        "we have agreed", "we all agreed", "we just agreed", "it was decided", "it's decided", "the decision is", "our decision is",
        "final decision", "decision", "decided", "agreed",
    ];

    private static readonly string[] StepVerbs =
    [
        "will", "'ll", "is going to", "are going to", "is gonna", "to", "should", "must", "needs to", "need to", "has to", "have to",
        "shall", "can", ":", "-", "–", "—",
    ];

    private static readonly string[] StepOwnVerbs = ["owns", "own", "takes", "take", "handles", "handle", "drives", "leads"];

    /// <summary>"we decided &lt;…&gt;, @x will &lt;…&gt; by &lt;…&gt;; @y will …": a decision and its next steps.</summary>
    private static ChatCommand? Decision(Sentence s)
    {
        var (number, at) = KeyPrefix(s, s.From, needsPreposition: false);
        var trigger = s.Match(at, DecisionTriggers);
        if (trigger < 0 || s.Is(at, "decision", "decided", "agreed", "final decision") && !s[trigger - 1].EndsWith(':'))
        {
            return null;
        }

        if (number is null)
        {
            (number, trigger) = KeyPrefix(s, trigger, needsPreposition: true);
        }

        var body = s.Is(trigger, "that", "to", "on", "upon", ":", "-", "—") && trigger + 1 < s.To ? trigger + 1 : trigger;
        var longTerm = Enumerable.Range(body, s.To - body).Any(i => IsLongTerm(s.W(i)) || s.Is(i, "long") && s.Is(i + 1, "term"));
        var (start, end) = (body, s.To);
        while (start < end && IsLongTermFlag(s.W(start)))
        {
            start++;
        }

        while (end > start && IsLongTermFlag(s.W(end - 1)))
        {
            end--;
        }

        // Split into the decision and its steps: a step starts at a mention after a boundary or before "will".
        var steps = new List<(List<PersonRef> Owners, int Start, int ActionStart, bool Sure)>();
        var (first, listing) = (-1, false);
        for (var i = start; i < end; i++)
        {
            if (!IsPerson(s[i]) || !(i > start && IsBoundary(s, i - 1) || StepVerbAt(s, s.LeadingPeople(i).Next) >= 0))
            {
                continue;
            }

            var (owners, next) = s.LeadingPeople(i);
            var verb = StepVerbAt(s, next);
            first = first < 0 ? i : first;
            listing |= i > start && s.W(i - 1).TrimEnd(':') is "next" or "steps" or "next-steps" or "-" or "•" or "*";
            var listed = listing;
            steps.Add((owners, i, verb >= 0 ? verb : next, verb >= 0 || listed || s.Is(next, StepOwnVerbs)));
            i = Math.Max(i, (verb >= 0 ? verb : next) - 1);
        }

        var decisionEnd = first >= 0 ? first : end;
        var because = Enumerable.Range(start, decisionEnd - start).FirstOrDefault(i => s.Is(i, "because", "because:"), -1);
        var text = Trimmed(s.Slice(start, because >= 0 ? because : decisionEnd));
        var rationale = because >= 0 ? Trimmed(s.Slice(because + 1, decisionEnd)) : null;

        if (steps.Count == 0 && text.Length == 0 && rationale is null)
        {
            return new DecideCommand(s.Context, string.Empty, [], number, longTerm);
        }

        var specs = new List<NextStepSpec>();
        var said = new List<string>();
        var sure = true;
        for (var k = 0; k < steps.Count; k++)
        {
            var stepEnd = k + 1 < steps.Count ? steps[k + 1].Start : end;
            var tail = Peel(s, steps[k].ActionStart, stepEnd, bareIsDue: false, new AskTail(stepEnd, null, null, null, null, false));
            var action = Trimmed(s.Slice(steps[k].ActionStart, tail.End));
            if (action.Length == 0)
            {
                return Help(s, "decide", $"What will {Display(steps[k].Owners[0])} do? Like `we decided to ship on Monday, @lee will tell support by Friday`.");
            }

            sure &= steps[k].Sure && !tail.Bare && tail.Unread is null && tail.EscalateTo is null;
            specs.AddRange(steps[k].Owners.Select(owner => new NextStepSpec(owner, action, tail.Due)));
            said.AddRange(steps[k].Owners.Select(owner => $"{Display(owner)} “{action}”" + (tail.Due is null ? string.Empty : $" by {tail.DueText}")));
        }

        if (text.Length > CommandParser.MaxTitleLength || specs.Any(step => step.Action.Length > CommandParser.MaxTitleLength))
        {
            return Help(s, "decide", $"That is too long: keep a decision and each step under {CommandParser.MaxTitleLength} characters and put details in the thread.");
        }

        if (rationale is { Length: 0 })
        {
            rationale = null;
        }

        if (text.Length == 0)
        {
            var whole = Trimmed(s.Slice(start, end));
            var guess = new DecideCommand(s.Context, whole, specs, number, longTerm, rationale);
            return new ConfirmCommand(s.Context, guess, $"I'd record the decision “{whole}”{Steps(said)}. I couldn't tell the decision from its next steps: press Edit to separate them.");
        }

        var decide = new DecideCommand(s.Context, text, specs, number, longTerm, rationale);
        return sure
            ? decide
            : new ConfirmCommand(s.Context, decide, $"I'd record the decision “{text}”{Steps(said)}. I'm not sure I read the next steps right: press Edit if not.");
    }

    private static string Steps(List<string> steps) => steps.Count == 0 ? string.Empty : ", with next steps: " + string.Join("; ", steps);

    /// <summary>The index after a step verb ("will", "is going to", ":") at <paramref name="at"/>, or -1.</summary>
    private static int StepVerbAt(Sentence s, int at) => s.Match(at, StepVerbs);

    private static bool IsBoundary(Sentence s, int index)
    {
        var raw = s[index];
        return raw.EndsWith(',') || raw.EndsWith(';') || raw.EndsWith('.') || raw.EndsWith(':')
            || s.Is(index, "and", "then", "so", "also", "plus", "next", "-", "–", "—", "•", "*");
    }

    private static bool IsLongTerm(string word) => word is "long-term" or "longterm" or "--long-term" or "(long-term)" or "[long-term]" or "—long-term";

    private static bool IsLongTermFlag(string word) => IsLongTerm(word) && word != "longterm";

    private static string Trimmed(string text)
    {
        var trimmed = text.Trim().TrimEnd(',', ';', '.', ':').Trim();
        foreach (var word in new[] { " and", " then", " so", " also", " next", " next steps", " next-steps" })
        {
            if (trimmed.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return Trimmed(trimmed[..^word.Length]);
            }
        }

        return trimmed;
    }

    /// <summary>"for CR-3," / "CR-3:" / "on CR-3:" before or after the trigger.</summary>
    private static (int? Number, int Next) KeyPrefix(Sentence s, int at, bool needsPreposition)
    {
        var preposition = s.Is(at, "for", "on", "about", "re", "re:", "regarding", "in") ? at + 1 : at;
        if (needsPreposition && preposition == at || preposition >= s.To || !RequestKey.TryParse(s[preposition].TrimEnd(':', ',', ';'), out var number))
        {
            return (null, at);
        }

        var next = preposition + 1;
        return (number, s.Is(next, ":", "-", "—") ? next + 1 : next);
    }

    private static readonly string[] Subjects =
    [
        "i'm", "im", "i am", "i'll be", "ill be", "i will be", "i'm going to be", "i am going to be", "i'm gonna be", "i'm currently",
        "i am currently",
    ];

    private static readonly string[] AwayStates =
    [
        "away", "out", "off", "ooo", "oof", "out of office", "out of the office", "on vacation", "on holiday", "on holidays",
        "on leave", "on pto", "on annual leave", "on parental leave", "on sick leave", "off sick", "out sick", "travelling",
        "traveling", "offline", "on a trip", "on the road",
    ];

    private static readonly string[] Until = ["until", "till", "til", "'til", "untill", "up until", "until at least"];

    /// <summary>"I'm away until Dec 3 (, @x is covering)", "out of office until Monday", "I'm back".</summary>
    private static ChatCommand? Presence(Sentence s)
    {
        var subject = s.Match(s.From, Subjects);
        var at = subject >= 0 ? subject : s.From;
        if (s.Is(at, "back"))
        {
            return Back(s, at + 1, subject >= 0);
        }

        var state = s.Match(at, AwayStates);
        if (state < 0 || subject < 0 && state == at + 1 && s.Is(at, "out", "off") && !s.Is(state, Until))
        {
            return null;
        }

        const string Form = "Did you mean `away until <date>`? Tell me when you are back, like `I'm away until Monday`.";
        if (s.Is(state, "from", "starting", "beginning"))
        {
            return Help(s, "away", "I can only mark you away from now on: on the day, say `I'm away until <date>`.");
        }

        var dateStart = s.Match(state, Until);
        if (dateStart < 0)
        {
            var back = state;
            while (back < s.To && s.W(back) is "" or "and" or "-" or "–" or "—")
            {
                back++;
            }

            dateStart = s.Is(back, "back") ? (s.Is(back + 1, "on", "by") ? back + 2 : back + 1) : -1;
        }

        if (dateStart < 0)
        {
            return Help(s, "away", Form);
        }

        if (LeadingDate(s, dateStart, s.To) is not { } until)
        {
            return Help(s, "away", dateStart >= s.To
                ? $"Until when? {Form}"
                : $"I can't read {Quote(s.Raw(dateStart, Math.Min(s.To, dateStart + 4)))} as a date: write it like `Monday`, `Dec 3` or `2026-12-03`.");
        }

        return Delegation(s, until.Due, s.Raw(dateStart, until.End).TrimEnd(',', ';'), until.End);
    }

    private static ChatCommand? Back(Sentence s, int at, bool said)
    {
        if (IsBackRest(s.Lower(at, s.To)))
        {
            return new BackCommand(s.Context);
        }

        var on = s.Is(at, "on", "by") ? at + 1 : at;
        return said && LeadingDate(s, on, s.To) is { End: var end } date && end == s.To
            ? new ConfirmCommand(s.Context, new AwayCommand(s.Context, date.Due), $"You are away until {s.Raw(on, end)}, and back then? Confirm and I'll hold your clocks until then.")
            : null;
    }

    /// <summary>What follows the date of an absence: nothing, a reason, or who covers.</summary>
    private static ChatCommand Delegation(Sentence s, DueDate until, string dateText, int from)
    {
        var away = new AwayCommand(s.Context, until);
        var rest = Enumerable.Range(from, s.To - from).ToList();
        var mentions = rest.Where(i => IsPerson(s[i])).ToList();
        var plain = rest.FirstOrDefault(i => IsPlainName(s[i]), -1);
        if (mentions.Count == 0)
        {
            if (plain >= 0)
            {
                return Help(s, "away", PlainName(s[plain]));
            }

            var words = s.Lower(from, s.To).TrimStart(',', ';', '-', ' ');
            return words.Length == 0 || Reason().IsMatch(words)
                ? away
                : new ConfirmCommand(s.Context, away, $"You are away until {dateText}? I didn't follow {Quote(s.Raw(from, s.To))}: press Edit if that matters.");
        }

        if (mentions.Count > 1 || plain >= 0)
        {
            return Help(s, "away", "One person can stand in for you: `away until <date> delegate @dana`.");
        }

        var stand = TryPerson(s[mentions[0]], out var person) ? person! : null;
        var shape = string.Join(' ', rest.Select(i => i == mentions[0] ? "@x" : s.W(i)).Where(word => word.Length > 0));
        var withStand = away with { Delegate = stand };
        return CoveringPhrase().IsMatch(shape)
            ? withStand
            : new ConfirmCommand(s.Context, withStand, $"You are away until {dateText}, and {Display(stand!)} stands in for you? Press Edit if not.");
    }

    /// <summary>"sum up this thread", "give me a summary of CR-3", "recap".</summary>
    private static ChatCommand? Summary(Sentence s)
    {
        var match = SummaryRequest().Match(s.Lower(s.From, s.To));
        if (!match.Success)
        {
            return null;
        }

        var rest = match.Groups["rest"].Value;
        return rest switch
        {
            "" or "this" or "this thread" or "the thread" or "this conversation" or "the conversation" or "this discussion" or "the discussion" =>
                new SummarizeCommand(s.Context),
            _ when TryKey(rest.TrimEnd(':'), out var number) && !rest.Contains(' ', StringComparison.Ordinal) => new SummarizeCommand(s.Context, number),
            _ => Help(s, "summarize", "Did you mean `summarize` (this thread) or `summarize CR-12`?"),
        };
    }

    [GeneratedRegex(@"^(?:what(?:'s|s| is| are)?|is there anything|anything|who(?:'s|s| is| are)?|show me what(?:'s| is)?|show what(?:'s| is)?|(?:list|show)(?: me)?(?: everything| all| the requests| requests| stuff)?)(?: (?:still|currently))? (?:waiting|pending) (?:on|for) (?:me|my (?:answer|reply|response|input|decision))(?: right now| now| today)?$"
        + @"|^what do i owe(?: people| anyone| anybody)?$|^what(?:'s| is) on my plate$|^what needs (?:my|an) (?:answer|reply|attention|input)(?: from me)?$"
        + @"|^what am i blocking$|^what have i been asked(?: to do| for)?$|^(?:what|which requests) (?:do|should) i (?:need to )?(?:answer|reply to)$", RegexOptions.CultureInvariant)]
    private static partial Regex WaitingOnMe();

    [GeneratedRegex(@"^(?:what|who)(?:'s|s)? (?:am i|are we|i'm|we're) (?:still )?waiting (?:on|for)(?: right now| now)?$"
        + @"|^what (?:have|did) i ask(?:ed)?(?: for| about| people)?$|^(?:show |list )?(?:me )?my (?:open )?requests$|^what are my (?:open )?requests$", RegexOptions.CultureInvariant)]
    private static partial Regex MyRequests();

    [GeneratedRegex(@"^what(?:'s|s| is) (?:still )?open$|^(?:show|list)(?: me)? (?:all|everything)(?: that's| that is)?(?: open)?(?: requests)?$|^(?:all|every) open requests?$|^everything open$", RegexOptions.CultureInvariant)]
    private static partial Regex EverythingOpen();

    [GeneratedRegex(@"^what(?:'s|s| is)? (?:still )?(?:waiting|pending) (?:on|for) \S", RegexOptions.CultureInvariant)]
    private static partial Regex WaitingOnSomeone();

    [GeneratedRegex(@"^(?:who(?:'s|s| is| are)?(?: still)? (?:blocking|holding up)(?: us on)?|who(?:'s|s| is| are)? (?:we )?(?:still )?waiting (?:on|for)(?: (?:on|for|in))?"
        + @"|who (?:hasn't|has not|haven't|have not) (?:answered|replied|responded)(?: (?:on|to|in))?|(?:what(?:'s|s| is) )?(?:the )?status (?:of|on|for)"
        + @"|where are we (?:on|with)|any (?:news|update|updates) (?:on|about)|what(?:'s|s| is) happening (?:on|with))(?<rest> (?<key>\S+)| .+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StatusQuestion();

    [GeneratedRegex(@"^(?:for|because|due to|at|on|to|visiting|with my|with family|sick|off)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reason();

    [GeneratedRegex(@"^(?:and )?(?:(?:please )?(?:delegate(?: to)?|delegating to|ask|contact|reach out to|talk to|ping|backup|cover|covering|delegate)(?: is)?:? @x(?: instead| meanwhile| in the meantime)?"
        + @"|@x (?:is covering|covers|will cover|is my (?:backup|delegate|cover)|is standing in|stands in|is in charge|has my back)(?: for me)?(?: meanwhile| in the meantime)?"
        + @"|with @x covering(?: for me)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CoveringPhrase();

    [GeneratedRegex(@"^(?:sum up|summary|give me a summary|write up|write a summary|recap|tl;?dr)(?: of| for)?(?: (?<rest>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SummaryRequest();
}
