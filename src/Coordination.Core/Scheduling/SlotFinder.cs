using Coordination.Core.FollowUp;

namespace Coordination.Core.Scheduling;

/// <summary>Someone a meeting needs: their working-time calendar and, when away, until when.</summary>
public sealed record MeetingParticipant(Guid PersonId, PersonCalendar Calendar, DateTimeOffset? AwayUntil = null);

/// <summary>A stretch of time a meeting could take.</summary>
public sealed record SlotTime(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}

/// <summary>
/// Finds meeting times: starts on a 30-minute grid, at least two hours ahead, where every participant is in working
/// hours on a working day, not away and not busy for the whole meeting; the earliest, spread over different days
/// (of the first participant, the requester) where possible.
/// </summary>
public static class SlotFinder
{
    public static readonly TimeSpan Grid = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Notice = TimeSpan.FromHours(2);
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(4);
    private static readonly TimeSpan Probe = TimeSpan.FromMinutes(15);

    /// <summary>Up to <paramref name="count"/> slots in start order, none overlapping another or one of <paramref name="avoid"/>.</summary>
    public static IReadOnlyList<SlotTime> Find(
        IReadOnlyList<MeetingParticipant> people,
        IReadOnlyList<BusyInterval> busy,
        (DateTimeOffset From, DateTimeOffset To) range,
        TimeSpan length,
        DateTimeOffset now,
        IReadOnlyList<SlotTime>? avoid = null,
        int count = 3)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(busy);
        var free = Candidates(range, length, now)
            .Where(slot => !(avoid ?? []).Any(a => a.Overlaps(slot.Start, slot.End)))
            .Where(slot => people.All(p => Fits(p, slot, busy)))
            .ToList();
        var chosen = new List<SlotTime>();
        var day = people.Count == 0 ? null : people[0].Calendar;

        // One per day first, then the earliest that are left.
        foreach (var slot in free.GroupBy(s => day?.ToLocal(s.Start).Date).Select(g => g.First()).Concat(free))
        {
            if (chosen.Count < count && !chosen.Any(c => c.Overlaps(slot.Start, slot.End)))
            {
                chosen.Add(slot);
            }
        }

        return [.. chosen.OrderBy(s => s.Start)];
    }

    private static IEnumerable<SlotTime> Candidates((DateTimeOffset From, DateTimeOffset To) range, TimeSpan length, DateTimeOffset now)
    {
        var earliest = range.From > now + Notice ? range.From : now + Notice;
        var ticks = Grid.Ticks;
        var start = new DateTimeOffset((earliest.UtcTicks + ticks - 1) / ticks * ticks, TimeSpan.Zero);
        for (; start + length <= range.To; start += Grid)
        {
            yield return new SlotTime(start, start + length);
        }
    }

    private static bool Fits(MeetingParticipant person, SlotTime slot, IReadOnlyList<BusyInterval> busy)
    {
        if (person.AwayUntil is { } away && away > slot.Start)
        {
            return false;
        }

        if (busy.Any(b => b.PersonId == person.PersonId && slot.Overlaps(b.Start, b.End)))
        {
            return false;
        }

        for (var at = slot.Start; at < slot.End; at += Probe)
        {
            if (!person.Calendar.IsWorkingHour(at))
            {
                return false;
            }
        }

        return person.Calendar.IsWorkingHour(slot.End.AddMinutes(-1));
    }
}
