using Coordination.Core.Requests;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>The verbs about requests and people's settings: <c>list</c>, <c>redirect</c>, <c>snooze</c>, <c>escalate</c>, <c>lead</c>, <c>tz</c>.</summary>
public static partial class CommandParser
{
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
}
