using Coordination.Bot.Engine.Requests;
using Coordination.Bot.Telemetry;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;

namespace Coordination.Bot.Engine.Scheduling;

/// <summary>The presses on a meeting request: a stakeholder picks a time, the requester chooses among different picks.</summary>
public sealed class SlotPickHandler(MeetingTimes times, CoordinationTelemetry telemetry)
    : ICommandHandler<PickSlotCommand>,
      ICommandHandler<ChooseSlotCommand>
{
    public async Task<Reply> HandleAsync(Session session, PickSlotCommand command, CancellationToken cancellationToken)
    {
        if (await times.RequestAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        if (request.StakeholderFor(session.Actor) is null)
        {
            return Reply.Failure($"Only the people {request.Key} waits on can pick a time for it.");
        }

        if (request.CurrentSlot(command.Slot) is not { } slot)
        {
            return Reply.Failure(request.MeetingSlots.Count == 0 ? MeetingTimes.NotAMeeting(request) : $"That time is no longer proposed on {request.Key}: pick one of the newest times in its thread.");
        }

        var result = request.Pick(session.Actor, command.Slot, session.Now);
        telemetry.AnswersRecorded(session.Workspace, result == ChangeResult.Applied ? 1 : 0);
        return result switch
        {
            ChangeResult.Applied => new Reply($"You picked {slot.Label} on {request.Key}. {Next(request)}"),
            ChangeResult.Unchanged => new Reply($"You already picked {slot.Label} on {request.Key}.", Succeeded: false),
            _ => Reply.Failure($"{request.Key} is already {request.Status.ToString().ToLowerInvariant()}."),
        };
    }

    public async Task<Reply> HandleAsync(Session session, ChooseSlotCommand command, CancellationToken cancellationToken)
    {
        if (await times.RequestAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        return request.Choose(session.Actor, command.Slot, session.Now) switch
        {
            ChangeResult.Applied => new Reply($"Agreed {request.CurrentSlot(command.Slot)!.Label} on {request.Key}; everyone hears it in the thread."),
            ChangeResult.Unchanged => Reply.Failure($"Not everyone has picked on {request.Key} yet: {Waiting(request)}."),
            ChangeResult.Closed => Reply.Failure($"{request.Key} is already {request.Status.ToString().ToLowerInvariant()}."),
            _ => Reply.Failure($"Only {request.Requester.DisplayName} can choose the time for {request.Key}, among the times picked."),
        };
    }

    private static string Next(CoordinationRequest request) =>
        request.Status == RequestStatus.Resolved ? "Everyone picked it: agreed."
        : request.WaitingForPicks().Any() ? $"Waiting for {Waiting(request)} to pick."
        : $"The picks differ, so {request.Requester.DisplayName} chooses.";

    private static string Waiting(CoordinationRequest request) => Listing.And([.. request.WaitingForPicks().Select(s => s.Person.DisplayName)]);
}
