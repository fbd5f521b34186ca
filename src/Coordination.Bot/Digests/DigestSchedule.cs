using System.Globalization;
using System.Text.RegularExpressions;
using Quartz;

namespace Coordination.Bot.Digests;

/// <summary>
/// When the weekly digest is due, as a Quartz cron expression evaluated in each workspace's zone. <c>Monday 09:00</c>
/// is written as the cron expression it stands for.
/// </summary>
public sealed partial class DigestSchedule
{
    public const string Default = "Monday 09:00";

    /// <summary>How far back a missed digest is still posted: a week (by then the next one is due instead).</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(7);

    private readonly string _cron;

    private DigestSchedule(string cron) => _cron = cron;

    public static bool TryParse(string? text, out DigestSchedule? schedule)
    {
        schedule = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cron = DayAndTime().Match(text.Trim()) is { Success: true } day
            ? DayAndTimeCron(day)
            : text.Trim();
        if (cron is null || !CronExpression.TryParse(cron, out _))
        {
            return false;
        }

        schedule = new DigestSchedule(cron);
        return true;
    }

    public static DigestSchedule Parse(string text) =>
        TryParse(text, out var schedule) ? schedule! : throw new FormatException($"Not a digest schedule: {text}");

    /// <summary>The latest time it was due at or before <paramref name="now"/> in <paramref name="zone"/>, within the last week.</summary>
    public DateTimeOffset? LastDueAtOrBefore(DateTimeOffset now, TimeZoneInfo zone)
    {
        var cron = new CronExpression(_cron, zone);
        DateTimeOffset? last = null;
        for (var next = cron.GetNextValidTimeAfter(now - LookBack); next is { } due && due <= now; next = cron.GetNextValidTimeAfter(due))
        {
            last = due;
        }

        return last;
    }

    /// <summary>The ISO week (<c>2026-W49</c>) of <paramref name="due"/> in <paramref name="zone"/>: the digest's once-a-week key.</summary>
    public static string WeekOf(DateTimeOffset due, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(due, zone).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local):D4}-W{ISOWeek.GetWeekOfYear(local):D2}");
    }

    private static string? DayAndTimeCron(Match day)
    {
        var name = day.Groups["day"].Value[..3].ToUpperInvariant();
        var (hour, minute) = (int.Parse(day.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(day.Groups["m"].Value, CultureInfo.InvariantCulture));
        return hour < 24 && minute < 60 ? string.Create(CultureInfo.InvariantCulture, $"0 {minute} {hour} ? * {name}") : null;
    }

    [GeneratedRegex(@"^(?<day>mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+(?<h>\d{1,2}):(?<m>\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayAndTime();
}
