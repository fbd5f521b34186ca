using System.Globalization;
using Coordination.Core.FollowUp;
using Coordination.Core.Scheduling;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests.Scheduling;

public class SlotFinderTests
{
    /// <summary>Monday 7 December 2026, 08:00 UTC.</summary>
    private static readonly DateTimeOffset Monday = Utc(2026, 12, 7, 8);

    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    private static MeetingParticipant In(string zone, DateTimeOffset? awayUntil = null, WorkingDays days = WorkingDays.Weekdays) =>
        new(Guid.NewGuid(), new PersonCalendar(Zone(zone), days), awayUntil);

    private static string[] Starts(IReadOnlyList<SlotTime> slots) =>
        [.. slots.Select(s => s.Start.ToString("ddd HH:mm", CultureInfo.InvariantCulture))];

    private static IReadOnlyList<SlotTime> Find(IReadOnlyList<MeetingParticipant> people, DateTimeOffset now, IReadOnlyList<BusyInterval>? busy = null) =>
        SlotFinder.Find(people, busy ?? [], MeetingRange.ThisWeek.Resolve(now, Zone("UTC")), HalfHour, now);

    [Fact]
    public void Three_slots_start_two_hours_ahead_on_the_grid_one_per_day()
    {
        var slots = Find([In("UTC"), In("UTC"), In("UTC")], Monday.AddMinutes(7));

        Assert.Equal(["Mon 10:30", "Tue 09:00", "Wed 09:00"], Starts(slots));
        Assert.All(slots, s => Assert.Equal(HalfHour, s.End - s.Start));
    }

    [Fact]
    public void Slots_fall_where_everyones_working_hours_overlap_across_zones()
    {
        // New York works 14:00–23:00 UTC in December, Berlin 08:00–17:00 UTC: only 14:00–17:00 UTC is everyone's.
        var slots = Find([In("UTC"), In("America/New_York"), In("Europe/Berlin")], Monday);

        Assert.Equal(["Mon 14:00", "Tue 14:00", "Wed 14:00"], Starts(slots));
    }

    [Fact]
    public void Weekends_hold_no_slot()
    {
        var friday = Utc(2026, 12, 11, 15);

        var slots = Find([In("UTC"), In("UTC")], friday);

        Assert.Equal(["Fri 17:00", "Fri 17:30"], Starts(slots));
    }

    [Fact]
    public void A_person_away_has_no_slot_until_they_are_back()
    {
        var slots = Find([In("UTC"), In("UTC", awayUntil: Utc(2026, 12, 9))], Monday);

        Assert.Equal(["Wed 09:00", "Thu 09:00", "Fri 09:00"], Starts(slots));
    }

    [Fact]
    public void Busy_times_from_a_linked_calendar_are_avoided()
    {
        var bob = In("UTC");
        var busy = new BusyInterval(bob.PersonId, Utc(2026, 12, 7, 10), Utc(2026, 12, 7, 12));

        var slots = Find([In("UTC"), bob], Monday, [busy]);

        Assert.Equal("Mon 12:00", Starts(slots)[0]);
    }

    [Fact]
    public void Nothing_fits_when_working_hours_never_overlap()
    {
        var slots = Find([In("UTC"), In("Pacific/Auckland")], Monday);

        Assert.Empty(slots);
        Assert.Equal(
            "No 30-minute slot fits everyone's working hours this week; try next week.",
            MeetingText.NothingFits(HalfHour, MeetingRange.ThisWeek));
    }

    [Theory]
    [InlineData("today", "2026-12-07 08:00", "2026-12-08 00:00")]
    [InlineData("tomorrow", "2026-12-08 00:00", "2026-12-09 00:00")]
    [InlineData("this week", "2026-12-07 08:00", "2026-12-14 00:00")]
    [InlineData("next week", "2026-12-14 00:00", "2026-12-21 00:00")]
    [InlineData("by friday", "2026-12-07 08:00", "2026-12-12 00:00")]
    [InlineData("Dec 16", "2026-12-16 00:00", "2026-12-17 00:00")]
    public void Ranges_read_on_the_requesters_clock(string words, string from, string to)
    {
        var range = MeetingRange.TryParse(words)!.Resolve(Monday, Zone("UTC"));

        Assert.Equal((Local(from), Local(to)), (range.From.UtcDateTime, range.To.UtcDateTime));
    }
}
