using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>The morning summary's switch: <c>summary on</c> and <c>summary off</c>.</summary>
public static partial class CommandParser
{
    private const string SummaryExample = "`/coord summary off` (and `/coord summary on` to have it back)";

    /// <summary>Words that mean someone is trying to switch the summary, rightly or not.</summary>
    private static readonly HashSet<string> SummarySwitches = new(StringComparer.Ordinal)
    {
        "on", "off", "enable", "enabled", "disable", "disabled", "stop", "start", "pause", "resume", "mute", "unmute", "yes", "no",
    };

    /// <summary>
    /// <c>summary on|off</c>, a usage problem for a switch written another way, or <c>null</c> when the words after
    /// <c>summary</c> are not about the morning summary (<c>summary of CR-3</c> asks for a thread's summary).
    /// </summary>
    internal static ChatCommand? MorningSummary(string text, CommandContext context) => MorningSummary(new CommandInput(text, context));

    private static ChatCommand? MorningSummary(CommandInput input)
    {
        var word = input.Count < 2 ? string.Empty : input[1].TrimEnd('.', '!', ',', ';').ToLowerInvariant();
        if (!SummarySwitches.Contains(word))
        {
            return null;
        }

        return (word, input.Count) switch
        {
            ("on" or "off", 2) => new SetMorningSummaryCommand(input.Context, word == "on"),
            ("on" or "off", _) => input.Fail("summary", $"`summary {word}` takes nothing else: just `/coord summary {word}`."),
            _ => input.Fail("summary", $"The morning summary switches with `on` or `off`, not {Quote(input.Raw(1, input.Count))}: write {SummaryExample}."),
        };
    }
}
