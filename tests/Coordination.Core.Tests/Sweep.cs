using Coordination.Core.FollowUp;
using Coordination.Core.Requests;

namespace Coordination.Core.Tests;

/// <summary>Plays the follow-up sweep and the outbox by hand: each follow-up runs at its due instant.</summary>
internal static class Sweep
{
    public sealed record Step(DateTimeOffset At, Stakeholder Stakeholder, FollowUpStep? Outcome);

    /// <summary>Runs <paramref name="stakeholder"/>'s due follow-up; a nudge is delivered <paramref name="deliveryDelay"/> later.</summary>
    public static Step Next(CoordinationRequest request, Stakeholder stakeholder, FollowUpSchedule schedule, TimeSpan deliveryDelay = default)
    {
        var at = stakeholder.NextActionAt ?? throw new InvalidOperationException("Nothing is due.");
        var outcome = request.FollowUp(stakeholder, at, schedule);
        if (outcome == FollowUpStep.Nudge)
        {
            request.MessageDelivered(stakeholder.Id, LatestNudge(request, stakeholder), opensWindow: true, at + deliveryDelay, schedule);
        }

        return new Step(at, stakeholder, outcome);
    }

    /// <summary>Runs every pending follow-up, earliest first, until nothing is due.</summary>
    public static List<Step> Run(CoordinationRequest request, FollowUpSchedule schedule)
    {
        var steps = new List<Step>();
        while (request.Stakeholders.Where(s => s.NextActionAt is not null).MinBy(s => s.NextActionAt) is { } due)
        {
            steps.Add(Next(request, due, schedule));
            if (steps.Count > 50)
            {
                throw new InvalidOperationException("The follow-ups never end.");
            }
        }

        return steps;
    }

    public static Attempt LatestNudge(CoordinationRequest request, Stakeholder stakeholder) =>
        request.Attempts.Single(a => a.StakeholderId == stakeholder.Id && a.Kind == AttemptKind.Nudge && a.Number == stakeholder.AttemptCount);
}
