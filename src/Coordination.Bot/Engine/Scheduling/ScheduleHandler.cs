using Coordination.Bot.Engine.Requests;
using Coordination.Bot.Telemetry;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Core.Scheduling;
using Coordination.Data;

namespace Coordination.Bot.Engine.Scheduling;

/// <summary><c>schedule</c>: a meeting request proposing three times, and <c>schedule CR-n again</c> for new ones.</summary>
public sealed class ScheduleHandler(CoordinationDbContext db, PeopleDirectory directory, FollowUpSchedule schedule, MeetingTimes times, CoordinationTelemetry telemetry)
    : ICommandHandler<ScheduleCommand>,
      ICommandHandler<ProposeAgainCommand>
{
    /// <summary>How far ahead new times are looked for when the requester asks again.</summary>
    private static readonly TimeSpan AgainWithin = TimeSpan.FromDays(14);

    public async Task<Reply> HandleAsync(Session session, ScheduleCommand command, CancellationToken cancellationToken)
    {
        if (command.Context.InDirectMessage)
        {
            return Reply.Failure("Schedule in a channel or group chat the people are in: here, only you would see the times.");
        }

        var named = await directory.PeopleAsync(session.Workspace, command.People, cancellationToken);
        var stakeholders = named.Where(p => p.Id != session.Actor.Id).DistinctBy(p => p.Id).ToList();
        if (stakeholders.Count == 0)
        {
            return Reply.Failure("Usage: `/coord schedule 30m with @person [@person …] this week` (find a time with someone other than yourself).");
        }

        var range = command.Range.Resolve(session.Now, schedule.CalendarOf(session.Actor).Zone);
        var found = await times.FindAsync([session.Actor, .. stakeholders], range, command.Length, session.Now, [], cancellationToken);
        if (found.Count == 0)
        {
            return Reply.Failure(MeetingText.NothingFits(command.Length, command.Range));
        }

        var number = await db.TakeRequestNumbersAsync(session.Workspace.Id, 1, cancellationToken);
        var request = CoordinationRequest.AskForMeeting(
            session.Workspace, command.Title ?? "Meeting", session.Actor, stakeholders, command.Context.Where, session.Now, schedule, number, found);
        db.Requests.Add(request);
        telemetry.RequestsRecorded(session.Workspace, 1);
        var names = Listing.And([.. stakeholders.Select(p => p.DisplayName)]);
        return new Reply($"Recorded {request.Key}: {found.Count} times proposed to {names}. Nothing is booked until everyone has picked.");
    }

    public async Task<Reply> HandleAsync(Session session, ProposeAgainCommand command, CancellationToken cancellationToken)
    {
        if (await times.RequestAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        if (request.MeetingSlots.Count == 0)
        {
            return Reply.Failure(MeetingTimes.NotAMeeting(request));
        }

        var people = request.OpenStakeholders().Select(s => s.Person).Prepend(request.Requester).ToList();
        var proposed = request.MeetingSlots.Select(s => new SlotTime(s.Start, s.End)).ToList();
        var found = await times.FindAsync(people, (session.Now, session.Now + AgainWithin), proposed[0].End - proposed[0].Start, session.Now, proposed, cancellationToken);
        if (found.Count == 0 && request.Status == RequestStatus.Open && request.RequesterId == session.Actor.Id)
        {
            return Reply.Failure($"No other time in the next two weeks fits everyone's working hours for {request.Key}.");
        }

        return request.ProposeAgain(session.Actor, found, session.Now, schedule) switch
        {
            ChangeResult.Applied => new Reply($"Proposed {found.Count} new times on {request.Key}; the earlier picks no longer count."),
            ChangeResult.Closed => Reply.Failure($"{request.Key} is already {request.Status.ToString().ToLowerInvariant()}."),
            _ => Reply.Failure($"Only {request.Requester.DisplayName} can ask for new times on {request.Key}."),
        };
    }
}
