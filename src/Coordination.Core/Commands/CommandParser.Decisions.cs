using System.Text.RegularExpressions;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>The verbs for decisions and their next steps: <c>decide</c>, <c>next</c> and <c>decisions</c>.</summary>
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
        var flagged = LongTermFlagPattern().IsMatch(input.Text);
        if (flagged)
        {
            input = new CommandInput(LongTermFlagPattern().Replace(input.Text, string.Empty), input.Context);
        }

        var head = DecisionHead(input);
        var (start, longTerm) = (head.Start, flagged || head.LongTerm);
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
            return new OpenFormCommand(input.Context, ChatForms.Decision, new FormState(input.Context.Where, head.Number));
        }

        if (DecisionProblem(text, rationale) is { } problem)
        {
            return input.Fail("decide", problem);
        }

        var steps = next is { } marker ? ReadNextSteps(input, marker.After) : new StepResult([]);
        return steps.Problem is { } failure ? failure : new DecideCommand(input.Context, text, steps.Steps, head.Number, longTerm, rationale);
    }

    /// <summary>The request key and long-term marks right after <c>decide</c>, and where the decision's words start.</summary>
    private static DecisionStart DecisionHead(CommandInput input)
    {
        var head = new DecisionStart(null, 1, false);
        for (; head.Start < input.Count; head = head with { Start = head.Start + 1 })
        {
            if (head.Number is null && RequestKey.TryParse(input[head.Start].TrimEnd(':', ','), out var key))
            {
                head = head with { Number = key };
            }
            else if (IsLongTerm(input[head.Start]))
            {
                head = head with { LongTerm = true };
            }
            else
            {
                break;
            }
        }

        return head;
    }

    private sealed record DecisionStart(int? Number, int Start, bool LongTerm);

    private static string? DecisionProblem(string text, string? rationale) => text.Length switch
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

    /// <summary>The steps after <c>next:</c>, which must name at least one.</summary>
    private static StepResult ReadNextSteps(CommandInput input, int after)
    {
        var parsed = ParseNextSteps(input.Raw(after, input.Count), input.Context);
        return parsed.Problem is not null ? new([], parsed.Problem)
            : parsed.Steps.Count == 0 ? new([], input.Fail("decide", $"Name who does what after `next:`, like {StepExample}."))
            : new(parsed.Steps);
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
    private static StepsMarker? NextStepsMarker(CommandInput input, int from)
    {
        for (var i = from; i < input.Count; i++)
        {
            if (input.Is(i, "next:") || input.Is(i, "next-steps:") || input.Is(i, "next") && input.Is(i + 1, ":"))
            {
                return new(i, input.Is(i, "next") ? i + 2 : i + 1);
            }

            if (input.Is(i, "next") && input.Is(i + 1, "steps:"))
            {
                return new(i, i + 2);
            }
        }

        return null;
    }

    private sealed record StepsMarker(int Start, int After);

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

    /// <summary><c>--long-term</c> written anywhere (a dash pair, or the dash a phone makes of one), with the space before it.</summary>
    [GeneratedRegex(@"\s*(?<!\S)(?:--|—|–)long-?term(?!\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LongTermFlagPattern();
}
