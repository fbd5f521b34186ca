namespace Coordination.Core.FollowUp;

/// <summary>The days of the week a person works; only these count toward a window when weekends do not.</summary>
[Flags]
public enum WorkingDays
{
    None = 0,
    Monday = 1 << 0,
    Tuesday = 1 << 1,
    Wednesday = 1 << 2,
    Thursday = 1 << 3,
    Friday = 1 << 4,
    Saturday = 1 << 5,
    Sunday = 1 << 6,
    Weekdays = Monday | Tuesday | Wednesday | Thursday | Friday,
    EveryDay = Weekdays | Saturday | Sunday,
}

public static class WorkingDaysExtensions
{
    public static bool Includes(this WorkingDays days, DayOfWeek day) => (days & Flag(day)) != 0;

    private static WorkingDays Flag(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => WorkingDays.Monday,
        DayOfWeek.Tuesday => WorkingDays.Tuesday,
        DayOfWeek.Wednesday => WorkingDays.Wednesday,
        DayOfWeek.Thursday => WorkingDays.Thursday,
        DayOfWeek.Friday => WorkingDays.Friday,
        DayOfWeek.Saturday => WorkingDays.Saturday,
        _ => WorkingDays.Sunday,
    };
}
