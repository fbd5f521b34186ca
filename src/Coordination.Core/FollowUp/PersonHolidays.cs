using System.Globalization;

namespace Coordination.Core.FollowUp;

/// <summary>A person's own holidays as they are kept: local dates, <c>yyyy-MM-dd</c>, joined by commas.</summary>
public static class PersonHolidays
{
    /// <summary>At most this many holidays are kept per person.</summary>
    public const int MaxDays = 400;

    public static IReadOnlySet<DateOnly> Read(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Holidays.None.Personal;
        }

        var days = new HashSet<DateOnly>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                days.Add(day);
            }
        }

        return days;
    }

    public static string? Write(IEnumerable<DateOnly> days)
    {
        var sorted = days.Distinct().Order().TakeLast(MaxDays).ToList();
        return sorted.Count == 0 ? null : string.Join(',', sorted.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }
}
