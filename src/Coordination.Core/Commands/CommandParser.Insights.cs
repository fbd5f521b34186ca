namespace Coordination.Core.Commands;

/// <summary>The verbs that read the history back: <c>stats</c>, <c>patterns</c> and <c>export</c>.</summary>
public static partial class CommandParser
{
    /// <summary><c>stats</c> or <c>stats @person</c>.</summary>
    private static ChatCommand Stats(CommandInput input)
    {
        var (people, problem) = input.People("stats", 1);
        return problem ?? people.Count switch
        {
            0 => new StatsCommand(input.Context),
            1 => new StatsCommand(input.Context, people[0]),
            _ => input.Fail("stats", "`stats` takes one person at most: `/coord stats` for yours, `/coord stats @dana` for a report's."),
        };
    }
}
