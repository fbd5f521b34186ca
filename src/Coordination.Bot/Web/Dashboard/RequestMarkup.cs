using Coordination.Core.FollowUp;
using Coordination.Core.Requests;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>The pieces of a request both pages show: its urgency as a labelled badge, each stakeholder's state, the next follow-up.</summary>
public static class RequestMarkup
{
    /// <summary>The urgency as a word in a coloured badge: the word is there, the colour only adds to it.</summary>
    public static Markup Badge(Urgency urgency) =>
        new HtmlWriter().Append($"<span class=\"urgency urgency-{RequestUrgency.Slug(urgency)}\">{RequestUrgency.Label(urgency)}</span>").ToMarkup();

    /// <summary>The stakeholders a request still waits on: silent (waiting or snoozed) or escalated.</summary>
    public static IEnumerable<Stakeholder> Awaited(CoordinationRequest request) =>
        request.OpenStakeholders().Where(s => s.IsAwaitingAnswer || s.State == StakeholderState.Escalated);

    /// <summary><c>waiting, attempt 2 of 3</c>, <c>snoozed until …</c>, <c>escalated after 3 attempts</c>, <c>answered</c>.</summary>
    public static string State(Stakeholder stakeholder, int maxAttempts, DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(stakeholder);
        ArgumentNullException.ThrowIfNull(view);
        var attempt = $"attempt {stakeholder.AttemptCount} of {maxAttempts}";
        return stakeholder.State switch
        {
            StakeholderState.Waiting => "waiting, " + attempt,
            StakeholderState.Snoozed => $"snoozed until {(stakeholder.SnoozedUntil is { } until ? view.Format(until) : "later")}, {attempt}",
            StakeholderState.Escalated => $"escalated after {stakeholder.AttemptCount} attempts",
            StakeholderState.Responded => "answered",
            _ => stakeholder.State.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>What the rule does next for <paramref name="stakeholder"/>: a nudge or the escalation, or nothing.</summary>
    public static string NextStepName(Stakeholder stakeholder, int maxAttempts) =>
        stakeholder.NextActionAt is null ? "none"
        : FollowUpRule.NextStep(stakeholder.AttemptCount, maxAttempts) == FollowUpStep.Escalate ? "escalation" : "nudge";

    /// <summary>The soonest follow-up of the request's silent stakeholders: when, what and to whom.</summary>
    public static Markup NextFollowUp(CoordinationRequest request, int maxAttempts, DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (Awaited(request).Where(s => s.NextActionAt is not null).MinBy(s => s.NextActionAt) is not { } next)
        {
            return new Markup(Awaited(request).Any(s => s.State == StakeholderState.Escalated) ? "none: escalated" : "none");
        }

        return new HtmlWriter().Append($"{view.Time(next.NextActionAt)} <span class=\"muted\">{NextStepName(next, maxAttempts)} ({next.Person.DisplayName})</span>").ToMarkup();
    }
}
