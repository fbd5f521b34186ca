using System.Globalization;
using Coordination.Core.Commands;

namespace Coordination.Core.Documentation;

/// <summary>
/// Something someone is to do: <see cref="Owner"/> (null when nobody was named), what, by when, and the line it came
/// from. <see cref="DueText"/> is the date as it was written ("Friday", "Dec 3"); the record shows it, or, without it,
/// <see cref="Due"/> written out (<c>2026-12-03</c>, <c>Dec 3</c>, <c>Friday</c>, <c>tomorrow</c>, <c>in 36 hours</c>).
/// </summary>
public sealed record ActionItem(PersonRef? Owner, string Action, DueDate? Due, string Source, string? DueText = null)
{
    /// <summary>The due date as the record shows it, or null when there is none.</summary>
    public string? DueLabel => string.IsNullOrWhiteSpace(DueText) ? Due is null ? null : Describe(Due) : DueText.Trim();

    /// <summary>A due date written out: absolute dates in ISO form, relative ones in words.</summary>
    public static string Describe(DueDate due)
    {
        ArgumentNullException.ThrowIfNull(due);
        var invariant = CultureInfo.InvariantCulture;
        var at = due.At is { } time ? " " + time.ToString("HH:mm", invariant) : string.Empty;
        return due switch
        {
            { Instant: { } instant } => instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", invariant),
            { After: { } after } => "in " + Stretch(after),
            { On: { } on } => on.ToString("yyyy-MM-dd", invariant) + at,
            { MonthDay: { } day } => invariant.DateTimeFormat.GetAbbreviatedMonthName(day.Month) + " " + day.Day.ToString(invariant) + at,
            { Next: { } weekday } => (due.SkipToday ? "next " : string.Empty) + invariant.DateTimeFormat.GetDayName(weekday) + at,
            { InDays: null or 0 } => "today" + at,
            { InDays: 1 } => "tomorrow" + at,
            { InDays: { } days } => "in " + days.ToString(invariant) + " days" + at,
        };
    }

    private static string Stretch(TimeSpan after) => after switch
    {
        { TotalDays: var days } when days >= 1 && after.Ticks % TimeSpan.TicksPerDay == 0 => Count((long)days, "day"),
        { TotalHours: var hours } when hours >= 1 && after.Ticks % TimeSpan.TicksPerHour == 0 => Count((long)hours, "hour"),
        _ => Count((long)Math.Ceiling(after.TotalMinutes), "minute"),
    };

    private static string Count(long count, string unit) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? string.Empty : "s");
}
