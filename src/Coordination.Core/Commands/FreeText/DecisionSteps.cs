using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>A mention that starts a next step: its owners, where it starts, where its action starts, and whether a step verb made it certain.</summary>
internal sealed record StepMention(List<PersonRef> Owners, int Start, int ActionStart, bool Sure);

/// <summary>The next steps of a decision as commands take them, how a reply names them, and whether all were read for sure.</summary>
internal sealed record ReadSteps(List<NextStepSpec> Specs, List<string> Said, bool Sure, HelpCommand? Problem = null)
{
    /// <summary>", with next steps: @a “…” by Friday; @b “…”", or nothing.</summary>
    public string Summary => Said.Count == 0 ? string.Empty : ", with next steps: " + string.Join("; ", Said);
}

/// <summary>Splits a decision said in plain words into the decision and its next steps.</summary>
internal static class DecisionSteps
{
    /// <summary>A step starts at a mention after a boundary (<see cref="Phrases.StepBoundaries"/>) or before a step verb.</summary>
    public static List<StepMention> Find(Sentence s, int start, int end)
    {
        var steps = new List<StepMention>();
        var listing = false;
        for (var i = start; i < end; i++)
        {
            if (!IsPerson(s[i]) || !(i > start && IsBoundary(s, i - 1) || StepVerbAt(s, s.LeadingPeople(i).Next) >= 0))
            {
                continue;
            }

            var (owners, next) = s.LeadingPeople(i);
            var verb = StepVerbAt(s, next);
            listing |= i > start && Phrases.StepListMarkers.Contains(s.W(i - 1).TrimEnd(':'), StringComparer.Ordinal);
            var actionStart = verb >= 0 ? verb : next;
            steps.Add(new(owners, i, actionStart, verb >= 0 || listing || s.Is(next, Phrases.StepOwnVerbs)));
            i = Math.Max(i, actionStart - 1);
        }

        return steps;
    }

    /// <summary>Each step's action and due date, up to the next step (the last up to <paramref name="end"/>).</summary>
    public static ReadSteps Read(Sentence s, List<StepMention> steps, int end)
    {
        var read = new ReadSteps([], [], Sure: true);
        for (var k = 0; k < steps.Count; k++)
        {
            var step = steps[k];
            var stepEnd = k + 1 < steps.Count ? steps[k + 1].Start : end;
            var tail = AskEnding.Peel(s, step.ActionStart, stepEnd, bareIsDue: false, new AskEnding(stepEnd, null, null, null, null, false));
            var action = Trimmed(s.Slice(step.ActionStart, tail.End));
            if (action.Length == 0)
            {
                return read with { Problem = s.Help("decide", $"What will {Display(step.Owners[0])} do? Like `we decided to ship on Monday, @lee will tell support by Friday`.") };
            }

            read = read with { Sure = read.Sure && step.Sure && !tail.Bare && tail.Unread is null && tail.EscalateTo is null };
            read.Specs.AddRange(step.Owners.Select(owner => new NextStepSpec(owner, action, tail.Due)));
            read.Said.AddRange(step.Owners.Select(owner => $"{Display(owner)} “{action}”" + (tail.Due is null ? string.Empty : $" by {tail.DueText}")));
        }

        return read;
    }

    /// <summary>The text without trailing punctuation or a dangling joiner (<see cref="Phrases.TrailingJoiners"/>).</summary>
    public static string Trimmed(string text)
    {
        var trimmed = text.Trim().TrimEnd(',', ';', '.', ':').Trim();
        foreach (var word in Phrases.TrailingJoiners)
        {
            if (trimmed.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase))
            {
                return Trimmed(trimmed[..^(word.Length + 1)]);
            }
        }

        return trimmed;
    }

    /// <summary>The index after a step verb ("will", "is going to", ":") at <paramref name="at"/>, or -1.</summary>
    private static int StepVerbAt(Sentence s, int at) => s.Match(at, Phrases.StepVerbs);

    private static bool IsBoundary(Sentence s, int index)
    {
        var raw = s[index];
        return raw.EndsWith(',') || raw.EndsWith(';') || raw.EndsWith('.') || raw.EndsWith(':') || s.Is(index, Phrases.StepBoundaries);
    }
}
