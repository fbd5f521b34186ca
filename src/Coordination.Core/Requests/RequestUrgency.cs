namespace Coordination.Core.Requests;

/// <summary>The urgency of an open request, a pure function of its stakeholders, its due date and now.</summary>
public static class RequestUrgency
{
    /// <summary>A due date this close counts as due soon.</summary>
    public static readonly TimeSpan DueSoonWithin = TimeSpan.FromHours(24);

    public static Urgency Of(CoordinationRequest request, int maxAttempts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = request.OpenStakeholders().ToList();
        var silent = current.Where(s => s.IsAwaitingAnswer).ToList();
        if (current.Any(s => s.State == StakeholderState.Escalated))
        {
            return Urgency.Escalated;
        }

        if (silent.Count == 0)
        {
            return Urgency.Answered;
        }

        if (request.DueAt < now || silent.Any(s => s.AttemptCount > 1))
        {
            return Urgency.Overdue;
        }

        return request.DueAt < now + DueSoonWithin || silent.Any(s => s.AttemptCount >= maxAttempts) ? Urgency.DueSoon : Urgency.OnTrack;
    }

    /// <summary>The urgency as a word a person reads (it is shown beside its colour, never instead of it).</summary>
    public static string Label(Urgency urgency) => urgency switch
    {
        Urgency.Escalated => "Escalated",
        Urgency.Overdue => "Overdue",
        Urgency.DueSoon => "Due soon",
        Urgency.Answered => "Answered",
        _ => "On track",
    };

    /// <summary>The urgency as a lower-case, hyphenated name for markup: <c>escalated</c>, <c>due-soon</c>.</summary>
    public static string Slug(Urgency urgency) => Label(urgency).ToLowerInvariant().Replace(' ', '-');
}
