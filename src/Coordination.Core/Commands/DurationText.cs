using System.Globalization;
using System.Text.RegularExpressions;

namespace Coordination.Core.Commands;

/// <summary>Reads a snooze duration: <c>2d</c>, <c>36h</c>, <c>90m</c>, <c>1w</c>, <c>2 days</c>, <c>an hour</c>, <c>1d 12h</c>.</summary>
public static partial class DurationText
{
    /// <summary>The longest duration accepted.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromDays(30);

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = text is { Length: <= 100 } ? Pattern().Match(text) : Match.Empty;
        if (!match.Success)
        {
            return false;
        }

        var minutes = 0L;
        var counts = match.Groups["count"].Captures;
        var units = match.Groups["unit"].Captures;
        for (var i = 0; i < counts.Count; i++)
        {
            var count = char.IsAsciiLetter(counts[i].Value[0]) ? 1 : long.Parse(counts[i].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (MinutesPer(units[i].Value) is not { } perUnit)
            {
                return false;
            }

            minutes += count * perUnit;
        }

        var total = TimeSpan.FromMinutes(Math.Min(minutes, (long)Max.TotalMinutes + 1));
        duration = total > TimeSpan.Zero && total <= Max ? total : TimeSpan.Zero;
        return duration > TimeSpan.Zero;
    }

    private static long? MinutesPer(string unit) => unit.ToLowerInvariant() switch
    {
        "m" or "min" or "mins" or "minute" or "minutes" => 1,
        "h" or "hr" or "hrs" or "hour" or "hours" => 60,
        "d" or "day" or "days" => 60 * 24,
        "w" or "wk" or "wks" or "week" or "weeks" => 60 * 24 * 7,
        _ => null,
    };

    [GeneratedRegex(@"^\s*(?:(?<count>[0-9]{1,6}|an?(?=\s))\s*(?<unit>[a-z]+)[\s,]*(?:and\s+)?)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
