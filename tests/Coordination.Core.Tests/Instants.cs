using System.Globalization;

namespace Coordination.Core.Tests;

/// <summary>Fixed instants for readable tables.</summary>
internal static class Instants
{
    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>Parses "2026-01-08T15:00:00Z" or "2026-03-08T03:30:00-04:00".</summary>
    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Parses a wall-clock time such as "2026-03-08 02:30".</summary>
    public static DateTime Local(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    /// <summary>The wall clock in <paramref name="zoneId"/> at <paramref name="instant"/>, as "yyyy-MM-dd HH:mm ddd".</summary>
    public static string WallClock(DateTimeOffset instant, string zoneId) =>
        TimeZoneInfo.ConvertTime(instant, Zone(zoneId)).ToString("yyyy-MM-dd HH:mm ddd", CultureInfo.InvariantCulture);
}
