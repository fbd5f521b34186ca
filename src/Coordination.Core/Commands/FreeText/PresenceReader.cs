using System.Text.RegularExpressions;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>
/// Absence said in plain words: "I'm away until Dec 3 (, @x is covering)", "out of office until Monday", "I'm back".
/// The phrasings are <see cref="Phrases.Subjects"/>, <see cref="Phrases.AwayStates"/> and <see cref="Phrases.Until"/>.
/// </summary>
internal sealed partial class PresenceReader : IIntentReader
{
    private const string Form = "Did you mean `away until <date>`? Tell me when you are back, like `I'm away until Monday`.";

    public ChatCommand? TryRead(Sentence sentence)
    {
        var s = sentence;
        var subject = s.Match(s.From, Phrases.Subjects);
        var at = subject >= 0 ? subject : s.From;
        if (s.Is(at, "back"))
        {
            return Back(s, at + 1, subject >= 0);
        }

        var state = s.Match(at, Phrases.AwayStates);
        if (state < 0 || subject < 0 && state == at + 1 && s.Is(at, Phrases.AmbiguousAwayStates) && !s.Is(state, Phrases.Until))
        {
            return null;
        }

        if (s.Is(state, Phrases.AwayFrom))
        {
            return s.Help("away", "I can only mark you away from now on: on the day, say `I'm away until <date>`.");
        }

        var dateStart = DateStart(s, state);
        if (dateStart < 0)
        {
            return s.Help("away", Form);
        }

        if (FreeDates.Leading(s, dateStart, s.To) is not { } until)
        {
            return s.Help("away", dateStart >= s.To
                ? $"Until when? {Form}"
                : $"I can't read {Quote(s.Raw(dateStart, Math.Min(s.To, dateStart + 4)))} as a date: write it like `Monday`, `Dec 3` or `2026-12-03`.");
        }

        return Delegation(s, until.Due, s.Raw(dateStart, until.End).TrimEnd(',', ';'), until.End);
    }

    /// <summary>What may follow <c>back</c>: nothing, "now", "again", "in the office", "from vacation".</summary>
    public static bool IsBackRest(string rest)
    {
        var lower = Sentence.ClosingPunctuation().Replace(rest.Trim().ToLowerInvariant(), string.Empty);
        return Phrases.BackRests.Contains(lower, StringComparer.Ordinal) || lower.StartsWith("from ", StringComparison.Ordinal);
    }

    /// <summary>Where the date starts after the away state: after "until", or after "back (on)"; -1 when neither follows.</summary>
    private static int DateStart(Sentence s, int state)
    {
        var until = s.Match(state, Phrases.Until);
        if (until >= 0)
        {
            return until;
        }

        var back = state;
        while (back < s.To && s.Is(back, Phrases.BackJoiners))
        {
            back++;
        }

        return s.Is(back, "back") ? (s.Is(back + 1, Phrases.BackDateWords) ? back + 2 : back + 1) : -1;
    }

    private static ChatCommand? Back(Sentence s, int at, bool said)
    {
        if (IsBackRest(s.Lower(at, s.To)))
        {
            return new BackCommand(s.Context);
        }

        var on = s.Is(at, Phrases.BackDateWords) ? at + 1 : at;
        return said && FreeDates.Leading(s, on, s.To) is { End: var end } date && end == s.To
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
            return plain >= 0 ? s.Help("away", PlainName(s[plain])) : WithReason(s, away, dateText, from);
        }

        if (mentions.Count > 1 || plain >= 0)
        {
            return s.Help("away", "One person can stand in for you: `away until <date> delegate @dana`.");
        }

        var stand = TryPerson(s[mentions[0]], out var person) ? person! : null;
        var shape = string.Join(' ', rest.Select(i => i == mentions[0] ? "@x" : s.W(i)).Where(word => word.Length > 0));
        var withStand = away with { Delegate = stand };
        return CoveringPhrase().IsMatch(shape)
            ? withStand
            : new ConfirmCommand(s.Context, withStand, $"You are away until {dateText}, and {Display(stand!)} stands in for you? Press Edit if not.");
    }

    /// <summary>Words after the date with no one named: nothing or a reason is fine; anything else is confirmed.</summary>
    private static ChatCommand WithReason(Sentence s, AwayCommand away, string dateText, int from)
    {
        var words = s.Lower(from, s.To).TrimStart(',', ';', '-', ' ');
        return words.Length == 0 || Reason().IsMatch(words)
            ? away
            : new ConfirmCommand(s.Context, away, $"You are away until {dateText}? I didn't follow {Quote(s.Raw(from, s.To))}: press Edit if that matters.");
    }

    [GeneratedRegex(@"^(?:for|because|due to|at|on|to|visiting|with my|with family|sick|off)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reason();

    [GeneratedRegex(@"^(?:and )?(?:(?:please )?(?:delegate(?: to)?|delegating to|ask|contact|reach out to|talk to|ping|backup|cover|covering|delegate)(?: is)?:? @x(?: instead| meanwhile| in the meantime)?"
        + @"|@x (?:is covering|covers|will cover|is my (?:backup|delegate|cover)|is standing in|stands in|is in charge|has my back)(?: for me)?(?: meanwhile| in the meantime)?"
        + @"|with @x covering(?: for me)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CoveringPhrase();
}
