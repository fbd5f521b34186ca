using System.Globalization;
using System.Text.Json;
using Coordination.Core.FollowUp;

namespace Coordination.Bot.Calendars.Graph;

/// <summary>What a user's mailbox settings say: until when they are out (null: here), and their working week if given.</summary>
public sealed record MailboxReading(DateTimeOffset? AwayUntil, WorkingDays? Days = null, WorkingHours? Hours = null, string? TimeZoneId = null)
{
    /// <summary>
    /// <c>automaticRepliesSetting</c>: <c>alwaysEnabled</c> is away for <paramref name="alwaysFor"/> (until read again),
    /// <c>scheduled</c> is away between its start and end (each a <c>dateTimeTimeZone</c>), <c>disabled</c> is here.
    /// </summary>
    public static DateTimeOffset? AwayUntilFrom(JsonElement replies, DateTimeOffset now, TimeSpan alwaysFor)
    {
        var status = replies.TryGetProperty("status", out var s) ? s.GetString() : null;
        if (string.Equals(status, "alwaysEnabled", StringComparison.OrdinalIgnoreCase))
        {
            return now + alwaysFor;
        }

        if (!string.Equals(status, "scheduled", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var start = Instant(replies, "scheduledStartDateTime");
        var end = Instant(replies, "scheduledEndDateTime");
        return start <= now && end > now ? end : null;
    }

    /// <summary><c>workingHours</c>: days, start and end, and the zone (a Windows name becomes its IANA one).</summary>
    public static (WorkingDays Days, WorkingHours Hours, string? Zone)? WorkingWeek(JsonElement week)
    {
        var days = WorkingDays.None;
        var names = week.TryGetProperty("daysOfWeek", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        foreach (var day in names)
        {
            if (Enum.TryParse<DayOfWeek>(day.GetString(), ignoreCase: true, out var parsed))
            {
                days |= Flag(parsed);
            }
        }

        if (days == WorkingDays.None || !TryTime(week, "startTime", out var start) || !TryTime(week, "endTime", out var end) || end <= start)
        {
            return null;
        }

        var zone = week.TryGetProperty("timeZone", out var z) && z.TryGetProperty("name", out var n) ? IanaZone(n.GetString()) : null;
        return (days, new WorkingHours(start, end), zone);
    }

    /// <summary>An IANA zone id for a Windows or IANA name, or <c>null</c>.</summary>
    public static string? IanaZone(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null
        : TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var iana) ? iana
        : FollowUpSchedule.FindZone(name)?.Id;

    private static DateTimeOffset? Instant(JsonElement parent, string property)
    {
        if (!parent.TryGetProperty(property, out var value) || !value.TryGetProperty("dateTime", out var text)
            || !DateTime.TryParse(text.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var zoneName = value.TryGetProperty("timeZone", out var z) ? z.GetString() : "UTC";
        var zone = FollowUpSchedule.FindZone(IanaZone(zoneName) ?? zoneName) ?? TimeZoneInfo.Utc;
        return new PersonCalendar(zone, WorkingDays.EveryDay).ToInstant(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
    }

    private static bool TryTime(JsonElement parent, string property, out TimeOnly time)
    {
        time = default;
        return parent.TryGetProperty(property, out var value)
            && TimeOnly.TryParse(value.GetString()?.Split('.')[0], CultureInfo.InvariantCulture, out time);
    }

    private static WorkingDays Flag(DayOfWeek day) => day == DayOfWeek.Sunday ? WorkingDays.Sunday : (WorkingDays)(1 << ((int)day - 1));
}
