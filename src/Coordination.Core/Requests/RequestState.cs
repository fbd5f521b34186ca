namespace Coordination.Core.Requests;

/// <summary>A request's state in one line, to show on its messages after someone acts on them.</summary>
public sealed record RequestState(string Key, bool IsOpen, string Summary)
{
    /// <summary>The marker the summary line starts with, so a newer one can replace it.</summary>
    public const string Marker = "*Status:* ";

    public static RequestState Of(CoordinationRequest request, int maxAttempts)
    {
        var people = request.Stakeholders
            .Where(s => s.State != StakeholderState.Redirected)
            .Select(s => $"{s.Person.DisplayName} {Describe(s, maxAttempts)}");
        var summary = request.Status == RequestStatus.Open
            ? string.Join(" · ", people)
            : $"{request.Status.ToString().ToLowerInvariant()}; no more follow-ups";
        return new RequestState(request.Key, request.Status == RequestStatus.Open, Marker + summary);
    }

    /// <summary><paramref name="text"/> with its old status line (if any) replaced by this one.</summary>
    public string ApplyTo(string text)
    {
        var at = text.IndexOf("\n" + Marker, StringComparison.Ordinal);
        return (at < 0 ? text : text[..at]) + "\n" + Summary;
    }

    private static string Describe(Stakeholder stakeholder, int maxAttempts) => stakeholder.State switch
    {
        StakeholderState.Waiting => $"waiting (attempt {stakeholder.AttemptCount} of {maxAttempts})",
        StakeholderState.Responded => "answered",
        StakeholderState.Snoozed => "snoozed",
        StakeholderState.Declined => "declined",
        StakeholderState.Done => "done",
        StakeholderState.Escalated => "escalated",
        _ => stakeholder.State.ToString().ToLowerInvariant(),
    };
}
