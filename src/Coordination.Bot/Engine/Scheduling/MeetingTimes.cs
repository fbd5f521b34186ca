using Coordination.Bot.Engine.Requests;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Scheduling;

/// <summary>Finds times for a meeting from everyone's working-time calendar and free/busy, and loads meeting requests.</summary>
public sealed class MeetingTimes(RequestLookup requests, FollowUpSchedule schedule, IFreeBusy freeBusy)
{
    /// <summary>Up to three times for <paramref name="people"/> (the requester first) inside <paramref name="range"/>, none overlapping <paramref name="avoid"/>.</summary>
    public async Task<IReadOnlyList<SlotTime>> FindAsync(
        IReadOnlyList<Person> people, (DateTimeOffset From, DateTimeOffset To) range, TimeSpan length, DateTimeOffset now, IReadOnlyList<SlotTime> avoid, CancellationToken cancellationToken)
    {
        var busy = await freeBusy.BusyAsync(people, range.From, range.To, cancellationToken);
        var participants = people.Select(p => new MeetingParticipant(p.Id, schedule.CalendarOf(p), p.AwayUntil)).ToList();
        return SlotFinder.Find(participants, busy, range, length, now, avoid);
    }

    /// <summary>A request with its proposed times and picks.</summary>
    public Task<CoordinationRequest?> RequestAsync(Workspace workspace, int number, CancellationToken cancellationToken) =>
        requests.In(workspace).Include(r => r.MeetingSlots).Include(r => r.MeetingPicks).SingleOrDefaultAsync(r => r.Number == number, cancellationToken);

    /// <summary>The refusal for a request that proposes no times.</summary>
    public static string NotAMeeting(CoordinationRequest request) =>
        $"{request.Key} is not a meeting request: start one with `/coord schedule 30m with @person this week`.";
}
