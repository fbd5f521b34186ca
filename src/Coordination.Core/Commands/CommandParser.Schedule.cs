using System.Text.RegularExpressions;
using Coordination.Core.Requests;
using Coordination.Core.Scheduling;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary><c>schedule &lt;length&gt; with @person … [when] ["title"]</c> and <c>schedule CR-n again</c>.</summary>
public static partial class CommandParser
{
    private const string ScheduleExample = "`/coord schedule 30m with @bob @carol this week`";

    /// <summary>
    /// A meeting, or <c>null</c> when the words after <c>schedule</c> are not one ("schedule the launch with backend"
    /// reads as plain English).
    /// </summary>
    internal static ChatCommand? Schedule(string text, CommandContext context) => Schedule(new CommandInput(text, context));

    private static ChatCommand? Schedule(CommandInput input)
    {
        if (input.Count == 1)
        {
            return input.Fail("schedule", $"How long, and with whom? For example {ScheduleExample}.");
        }

        var key = TryKey(input[1], out var number);
        return (key, StartsWithLength(input.Raw(1, input.Count))) switch
        {
            (true, _) when input.Count == 3 && input.Is(2, "again") => new ProposeAgainCommand(input.Context, number),
            (_, true) => Meeting(input.Raw(1, input.Count), input.Context),
            (true, _) => input.Fail("schedule", $"For new times on a meeting request write `/coord schedule {RequestKey.Format(number)} again`."),
            _ => null,
        };
    }

    /// <summary>Reads <c>30m with @bob and @carol next week "Design review"</c>; what cannot be read gets the usage.</summary>
    internal static ChatCommand Meeting(string text, CommandContext context)
    {
        var quoted = QuotedTitle().Match(text);
        var title = quoted.Success ? quoted.Groups["title"].Value.Trim() : null;
        var spec = LengthWithRest().Match(quoted.Success ? text.Remove(quoted.Index, quoted.Length) : text);
        if (!spec.Success)
        {
            return new HelpCommand(context, "schedule", $"Say how long and with whom, for example {ScheduleExample}.");
        }

        var lengthWords = spec.Groups["length"].Value.Trim();
        var length = lengthWords.Equals("half an hour", StringComparison.OrdinalIgnoreCase) ? TimeSpan.FromMinutes(30)
            : DurationText.TryParse(lengthWords, out var read) ? read : TimeSpan.Zero;
        if (length < SlotFinder.Shortest || length > SlotFinder.Longest)
        {
            return new HelpCommand(context, "schedule", $"{Quote(lengthWords)} isn't a meeting length I can find: between 15 minutes and 4 hours, like `30m`, `45 minutes` or `1h`.");
        }

        var rest = new CommandInput(spec.Groups["rest"].Value, context);
        var (people, next) = rest.LeadingPeople(0);
        if (people.Count == 0)
        {
            return new HelpCommand(context, "schedule", rest.Count > 0 && IsPlainName(rest[0]) ? PlainName(rest[0]) : $"Who is the meeting with? Mention them with @, like {ScheduleExample}.");
        }

        var when = rest.Raw(next, rest.Count);
        return MeetingRange.TryParse(when) is { } range
            ? new ScheduleCommand(context, length, people, range, string.IsNullOrWhiteSpace(title) ? null : title)
            : new HelpCommand(context, "schedule", $"I can't read {Quote(when)} as when: write `today`, `tomorrow`, `this week`, `next week`, a date like `Dec 9`, or `by friday`.");
    }

    /// <summary>The words begin with a meeting's length: a number, "an hour", "half an hour".</summary>
    internal static bool StartsWithLength(string text) => LengthStart().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:[0-9]|an?\s+hour\b|half\s+an\s+hour\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LengthStart();

    [GeneratedRegex("[\"“](?<title>[^\"“”]{1,500})[\"”]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"^\s*(?<length>.+?)\s+with\s+(?<rest>.+?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LengthWithRest();
}
