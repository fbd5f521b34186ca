using System.Text.RegularExpressions;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>The verbs for decisions, teams, absence and summaries.</summary>
public static partial class CommandParser
{
    private const string StepExample = "`next: @dana draft the plan by Friday; @lee update the runbook`";

    /// <summary>
    /// <c>decide [CR-n] &lt;decision&gt; [because &lt;why&gt;] [next: @x &lt;action&gt; [by &lt;date&gt;]; @y …]</c>, with
    /// <c>--long-term</c> (or <c>long-term</c>) anywhere. A bare <c>long-term</c> leading or ending the decision is a
    /// flag; inside it, it stays part of the text and still marks the decision long-term.
    /// </summary>
    private static ChatCommand Decide(CommandInput input)
    {
        var longTerm = LongTermFlagPattern().IsMatch(input.Text);
        if (longTerm)
        {
            input = new CommandInput(LongTermFlagPattern().Replace(input.Text, string.Empty), input.Context);
        }

        int? number = null;
        var start = 1;
        for (; start < input.Count; start++)
        {
            if (number is null && RequestKey.TryParse(input[start].TrimEnd(':', ','), out var key))
            {
                number = key;
            }
            else if (IsLongTerm(input[start]))
            {
                longTerm = true;
            }
            else
            {
                break;
            }
        }

        var next = NextStepsMarker(input, start);
        var end = next?.Start ?? input.Count;
        while (end > start && IsLongTerm(input[end - 1]))
        {
            (longTerm, end) = (true, end - 1);
        }

        longTerm |= Enumerable.Range(start, input.Count - start).Any(i => IsLongTerm(input[i]));
        var because = Enumerable.Range(start, end - start).FirstOrDefault(i => IsBecause(input[i]), -1);
        var text = input.Slice(start, because >= 0 ? because : end);
        var rationale = because >= 0 ? input.Slice(because + 1, end) : null;

        if (text.Length == 0 && next is null && rationale is null)
        {
            return new OpenFormCommand(input.Context, ChatForms.Decision, new FormState(input.Context.Where, number));
        }

        var problem = text.Length switch
        {
            0 => "What was decided? Write it after `decide`, like `/coord decide ship on Postgres next: @dana migrate the schema by Friday`.",
            > MaxTitleLength => $"That decision is too long ({text.Length} characters): keep it under {MaxTitleLength} and put details in the thread.",
            _ => rationale switch
            {
                { Length: 0 } => "Say why after `because`, like `/coord decide ship on Postgres because we know it best`.",
                { Length: > MaxNoteLength } => $"That rationale is too long ({rationale.Length} characters): keep it under {MaxNoteLength}.",
                _ => null,
            },
        };
        if (problem is not null)
        {
            return input.Fail("decide", problem);
        }

        IReadOnlyList<NextStepSpec> steps = [];
        if (next is { } marker)
        {
            var parsed = ParseNextSteps(input.Raw(marker.After, input.Count), input.Context);
            if (parsed.Problem is not null)
            {
                return parsed.Problem;
            }

            if (parsed.Steps.Count == 0)
            {
                return input.Fail("decide", $"Name who does what after `next:`, like {StepExample}.");
            }

            steps = parsed.Steps;
        }

        return new DecideCommand(input.Context, text, steps, number, longTerm, rationale);
    }

    /// <summary>Next steps separated by <c>;</c> or line ends, each <c>@x [will] &lt;action&gt; [by &lt;date&gt;]</c>.</summary>
    internal static (IReadOnlyList<NextStepSpec> Steps, HelpCommand? Problem) ParseNextSteps(string text, CommandContext context)
    {
        var steps = new List<NextStepSpec>();
        foreach (var piece in StepPieces(text))
        {
            var step = ParseStep(new CommandInput(piece, context), 0, "decide");
            if (step.Problem is not null)
            {
                return ([], step.Problem);
            }

            steps.AddRange(step.Steps);
        }

        return (steps, null);
    }

    /// <summary><c>next D-n @x &lt;action&gt; [by &lt;date&gt;]</c>.</summary>
    private static ChatCommand NextStep(CommandInput input)
    {
        const string Example = "`/coord next D-4 @dana draft the plan by Friday`";
        if (input.Count < 2)
        {
            return input.Fail("next", $"`next` needs a decision key and a step, like {Example}.");
        }

        if (RequestKey.TryParse(input[1], out _))
        {
            return input.Fail("next", $"{Quote(input[1])} is a request; next steps belong to decisions, like {Example}.");
        }

        if (!TryDecisionKey(input[1], out var number))
        {
            return input.Fail("next", $"{Quote(input[1])} isn't a decision key: write it like `D-4`.");
        }

        if (input.Count == 2)
        {
            return input.Fail("next", $"Who does what for {DecisionKey.Format(number)}? Like {Example}.");
        }

        var step = ParseStep(input, 2, "next");
        return step switch
        {
            { Problem: { } problem } => problem,
            { Steps: [var only] } => new AddNextStepCommand(input.Context, number, only),
            _ => input.Fail("next", "A next step has one owner: add another `next` for each person."),
        };
    }

    private sealed record StepResult(IReadOnlyList<NextStepSpec> Steps, HelpCommand? Problem = null);

    /// <summary><c>@x [will] &lt;action&gt; [by &lt;date&gt;]</c> from word <paramref name="from"/>: a step for each person named.</summary>
    private static StepResult ParseStep(CommandInput input, int from, string verb)
    {
        while (from < input.Count && input[from] is "-" or "*" or "•" or "–")
        {
            from++;
        }

        if (from >= input.Count)
        {
            return new([]);
        }

        var (owners, next) = input.LeadingPeople(from);
        var unknown = owners.Count == 0 ? from : next;
        if (unknown < input.Count && IsPlainName(input[unknown]))
        {
            return new([], input.Fail(verb, PlainName(input[unknown])));
        }

        if (owners.Count == 0)
        {
            return new([], input.Fail(verb, $"Each next step starts with its owner's @-mention, like {StepExample}."));
        }

        while (next < input.Count && (input.Is(next, "will") || input.Is(next, "to") || input[next] is ":" or "-" or "–"))
        {
            next++;
        }

        var (end, due) = input.TrailingDueDate(next, input.Count) is { } byDate ? (byDate.Start, byDate.Due) : (input.Count, null);
        var action = input.Slice(next, end).TrimEnd(',', '.');
        return action.Length switch
        {
            0 => new([], input.Fail(verb, $"What should {Display(owners[0])} do? Like {StepExample}.")),
            > MaxTitleLength => new([], input.Fail(verb, $"That step is too long ({action.Length} characters): keep it under {MaxTitleLength}.")),
            _ => new([.. owners.Select(owner => new NextStepSpec(owner, action, due))]),
        };
    }

    /// <summary>Where <c>next:</c> (or <c>next steps:</c>) starts and the word after it.</summary>
    private static (int Start, int After)? NextStepsMarker(CommandInput input, int from)
    {
        for (var i = from; i < input.Count; i++)
        {
            if (input.Is(i, "next:") || input.Is(i, "next-steps:") || input.Is(i, "next") && input.Is(i + 1, ":"))
            {
                return (i, input.Is(i, "next") ? i + 2 : i + 1);
            }

            if (input.Is(i, "next") && input.Is(i + 1, "steps:"))
            {
                return (i, i + 2);
            }
        }

        return null;
    }

    /// <summary>The text split at <c>;</c> and line ends outside mentions, without empty pieces.</summary>
    private static IEnumerable<string> StepPieces(string text)
    {
        var (depth, start) = (0, 0);
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ';';
            depth = c switch
            {
                '<' => depth + 1,
                '>' when depth > 0 => depth - 1,
                _ => depth,
            };
            if (depth == 0 && c is ';' or '\n' or '\r')
            {
                var piece = text[start..i].Trim();
                if (piece.Length > 0)
                {
                    yield return piece;
                }

                start = i + 1;
            }
        }
    }

    private static bool IsLongTerm(string word) => word.Equals("long-term", StringComparison.OrdinalIgnoreCase);

    private static bool IsBecause(string word) =>
        word.ToLowerInvariant() is "because" or "because:" or "rationale:" or "why:";

    /// <summary><c>decisions [open|all]</c>.</summary>
    private static ChatCommand Decisions(CommandInput input) => input.Count switch
    {
        1 => new DecisionsCommand(input.Context),
        2 when input.Is(1, "open") => new DecisionsCommand(input.Context),
        2 when input.Is(1, "all") => new DecisionsCommand(input.Context, All: true),
        2 => input.Fail("decisions", $"`decisions` takes `open` or `all`, not {Quote(input[1])}."),
        _ => input.Fail("decisions", "`decisions` takes one word at most: `open` or `all`."),
    };

    /// <summary><c>team &lt;name&gt; @a @b …</c>.</summary>
    private static ChatCommand Team(CommandInput input)
    {
        const string Example = "`/coord team backend @dana @lee`";
        if (input.Count < 2)
        {
            return input.Fail("team", $"`team` needs a name and its members, like {Example}.");
        }

        if (IsPerson(input[1]))
        {
            return input.Fail("team", $"Name the team first, then its members, like {Example}.");
        }

        if (!TryTeamName(input[1], out var name))
        {
            return input.Fail("team", $"A team's name is one word (hyphens allowed, at most {MaxTeamNameLength} characters), like `backend` or `platform-infra`; not {Quote(input[1])}.");
        }

        var (members, next) = input.LeadingPeople(2);
        if (next < input.Count)
        {
            return input.Fail("team", IsPlainName(input[next])
                ? PlainName(input[next])
                : members.Count == 0
                    ? $"A team's name is one word, then its members' @-mentions, like {Example}."
                    : $"`team` takes a name and @-mentions only; I don't know what to do with {Quote(input.Raw(next, input.Count))}.");
        }

        return members.Count == 0
            ? input.Fail("team", $"Who is in {name}? Add their @-mentions, like `/coord team {name} @dana @lee`.")
            : new DefineTeamCommand(input.Context, name, members);
    }

    /// <summary><c>away [@person] until &lt;date&gt; [delegate [to] @x]</c>.</summary>
    private static ChatCommand Away(CommandInput input)
    {
        const string Example = "`/coord away until Monday` (or `/coord away until Dec 3 delegate @dana`)";
        var subject = input.Count > 1 && TryPerson(input[1], out var person) ? person : null;
        var at = subject is null ? 1 : 2;
        if (input.Count < at + 1 || !IsUntil(input[at]))
        {
            return input.Fail("away", $"Say when you are back, like {Example}.");
        }

        var delegateAt = Enumerable.Range(at + 1, Math.Max(0, input.Count - at - 1)).FirstOrDefault(i => input.Is(i, "delegate"), -1);
        var end = delegateAt >= 0 ? delegateAt : input.Count;
        var (stand, failure) = delegateAt >= 0 ? Delegate(input, delegateAt) : (null, null);
        if (failure is not null)
        {
            return failure;
        }

        var date = input.Raw(at + 1, end);
        if (date.Length == 0)
        {
            return input.Fail("away", $"Until when? Add a date, like {Example}.");
        }

        if (!DueDate.TryParse(date, out var until))
        {
            var mention = Enumerable.Range(at + 1, end - at - 1).Any(i => IsPerson(input[i]) || IsPlainName(input[i]));
            return input.Fail("away", mention
                ? "To hand your requests to someone while you are away, write `delegate @dana` after the date."
                : $"I can't read {Quote(date)} as a date: write it like `Monday`, `Dec 3` or `2026-12-03`.");
        }

        return new AwayCommand(input.Context, until!, stand, subject);
    }

    /// <summary>The one person after <c>delegate</c>, or why there is not exactly one.</summary>
    private static (PersonRef? Stand, ChatCommand? Failure) Delegate(CommandInput input, int delegateAt)
    {
        var (people, problem) = input.People("away", delegateAt + 1);
        if (problem is not null)
        {
            return (null, problem);
        }

        return people.Count == 1
            ? (people[0], null)
            : (null, input.Fail("away", "`delegate` takes one person, like `/coord away until Monday delegate @dana`."));
    }

    /// <summary><c>back</c>, or <c>back @person</c> for someone else.</summary>
    private static ChatCommand Back(CommandInput input)
    {
        if (PresenceReader.IsBackRest(input.Raw(1, input.Count)))
        {
            return new BackCommand(input.Context);
        }

        return input.Count == 2 && TryPerson(input[1], out var person)
            ? new BackCommand(input.Context, person)
            : input.Fail("back", "`back` takes nothing else (or the @-mention of someone you may mark back): just `/coord back`.");
    }

    private static bool IsUntil(string word) => word.ToLowerInvariant() is "until" or "till" or "til" or "'til" or "untill";

    /// <summary><c>summarize [CR-n]</c>; <c>this thread</c> is the default.</summary>
    private static ChatCommand Summarize(CommandInput input)
    {
        var rest = input.Raw(1, input.Count).ToLowerInvariant();
        if (rest is "" or "this" or "thread" or "this thread" or "the thread")
        {
            return new SummarizeCommand(input.Context);
        }

        return input.Count == 2 && TryKey(input[1], out var number)
            ? new SummarizeCommand(input.Context, number)
            : input.Fail("summarize", $"`summarize` takes a request key at most, like `/coord summarize CR-12`; I don't know {Quote(input.Raw(1, input.Count))}.");
    }

    /// <summary><c>notes &lt;text&gt;</c>: the notes as written, mentions still in their <c>&lt;@ID|name&gt;</c> form.</summary>
    private static ChatCommand Notes(CommandInput input)
    {
        var notes = input.Raw(1, input.Count);
        return notes.Length == 0
            ? new OpenFormCommand(input.Context, ChatForms.Notes, new FormState(input.Context.Where))
            : new NotesCommand(input.Context, notes);
    }

    /// <summary><c>--long-term</c> written anywhere (a dash pair, or the dash a phone makes of one), with the space before it.</summary>
    [GeneratedRegex(@"\s*(?<!\S)(?:--|—|–)long-?term(?!\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LongTermFlagPattern();
}
