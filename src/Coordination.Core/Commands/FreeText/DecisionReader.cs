using Coordination.Core.Requests;

namespace Coordination.Core.Commands;

/// <summary>
/// Decisions said in plain words: "we decided &lt;…&gt;, @x will &lt;…&gt; by &lt;…&gt;; @y will …", with an optional
/// request key ("for CR-3, we agreed …") and long-term mark. The phrasings are <see cref="Phrases.DecisionTriggers"/>;
/// the next steps are read by <see cref="DecisionSteps"/>.
/// </summary>
internal sealed class DecisionReader : IIntentReader
{
    public ChatCommand? TryRead(Sentence sentence)
    {
        var s = sentence;
        var key = KeyPrefix(s, s.From, needsPreposition: false);
        var trigger = s.Match(key.Next, Phrases.DecisionTriggers);
        if (trigger < 0 || s.Is(key.Next, Phrases.DecisionTriggersNeedingColon) && !s[trigger - 1].EndsWith(':'))
        {
            return null;
        }

        var (number, afterKey) = key.Number is null ? KeyPrefix(s, trigger, needsPreposition: true) : key with { Next = trigger };
        var body = s.Is(afterKey, Phrases.DecisionOpeners) && afterKey + 1 < s.To ? afterKey + 1 : afterKey;
        var longTerm = Enumerable.Range(body, s.To - body).Any(i => s.StartsWithAny(i, Phrases.LongTermMarks));
        var (start, end) = (body, s.To);
        while (start < end && s.Is(start, Phrases.LongTermFlags))
        {
            start++;
        }

        while (end > start && s.Is(end - 1, Phrases.LongTermFlags))
        {
            end--;
        }

        return Read(s, new Decided(number, longTerm, start, end));
    }

    /// <summary>The decision between <see cref="Decided.Start"/> and <see cref="Decided.End"/>: its text, rationale and next steps.</summary>
    private static ChatCommand Read(Sentence s, Decided decided)
    {
        var (start, end) = (decided.Start, decided.End);
        var mentions = DecisionSteps.Find(s, start, end);
        var decisionEnd = mentions.Count > 0 ? mentions[0].Start : end;
        var because = Enumerable.Range(start, decisionEnd - start).FirstOrDefault(i => s.Is(i, Phrases.Because), -1);
        var text = DecisionSteps.Trimmed(s.Slice(start, because >= 0 ? because : decisionEnd));
        var rationale = because >= 0 ? DecisionSteps.Trimmed(s.Slice(because + 1, decisionEnd)) : null;
        if (mentions.Count == 0 && text.Length == 0 && rationale is null)
        {
            return new DecideCommand(s.Context, string.Empty, [], decided.Number, decided.LongTerm);
        }

        var steps = DecisionSteps.Read(s, mentions, end);
        if (steps.Problem is not null)
        {
            return steps.Problem;
        }

        return Compose(s, decided, text, rationale is { Length: 0 } ? null : rationale, steps);
    }

    /// <summary>The command, or a confirmation when the decision and its steps could not be told apart for sure.</summary>
    private static ChatCommand Compose(Sentence s, Decided decided, string text, string? rationale, ReadSteps steps)
    {
        if (text.Length > CommandParser.MaxTitleLength || steps.Specs.Any(step => step.Action.Length > CommandParser.MaxTitleLength))
        {
            return s.Help("decide", $"That is too long: keep a decision and each step under {CommandParser.MaxTitleLength} characters and put details in the thread.");
        }

        if (text.Length == 0)
        {
            var whole = DecisionSteps.Trimmed(s.Slice(decided.Start, decided.End));
            var guess = new DecideCommand(s.Context, whole, steps.Specs, decided.Number, decided.LongTerm, rationale);
            return new ConfirmCommand(s.Context, guess, $"I'd record the decision “{whole}”{steps.Summary}. I couldn't tell the decision from its next steps: press Edit to separate them.");
        }

        var decide = new DecideCommand(s.Context, text, steps.Specs, decided.Number, decided.LongTerm, rationale);
        return steps.Sure
            ? decide
            : new ConfirmCommand(s.Context, decide, $"I'd record the decision “{text}”{steps.Summary}. I'm not sure I read the next steps right: press Edit if not.");
    }

    /// <summary>"for CR-3," / "CR-3:" / "on CR-3:" before or after the trigger.</summary>
    private static KeyMention KeyPrefix(Sentence s, int at, bool needsPreposition)
    {
        var preposition = s.Is(at, Phrases.KeyPrepositions) ? at + 1 : at;
        if (needsPreposition && preposition == at || preposition >= s.To || !RequestKey.TryParse(s[preposition].TrimEnd(':', ',', ';'), out var number))
        {
            return new(null, at);
        }

        var next = preposition + 1;
        return new(number, s.Is(next, Phrases.KeyDashes) ? next + 1 : next);
    }

    /// <summary>A request key a decision names, and the word after it (and after any dash).</summary>
    private sealed record KeyMention(int? Number, int Next);

    /// <summary>Where a decision's words are, once its trigger and long-term flags are gone, and what was read before them.</summary>
    private sealed record Decided(int? Number, bool LongTerm, int Start, int End);
}
