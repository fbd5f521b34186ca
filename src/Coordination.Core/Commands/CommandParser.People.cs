using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>The verbs about people and their absence: <c>team</c>, <c>away</c> and <c>back</c>.</summary>
public static partial class CommandParser
{
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
}
