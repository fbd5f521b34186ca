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

    /// <summary><c>export</c>, or <c>export from CR-n</c> for the part of the trail from that request on.</summary>
    private static ChatCommand Export(CommandInput input)
    {
        if (input.Count == 1)
        {
            return new ExportCommand(input.Context);
        }

        return input.Count == 3 && input.Is(1, "from") && CommandWords.TryKey(input[2], out var from)
            ? new ExportCommand(input.Context, from)
            : input.Fail("export", "`export` takes nothing, or where to start: `/coord export from CR-120`.");
    }
}
