using System.Globalization;
using System.Text;
using Coordination.Core.Chat;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Requests;

/// <summary>A request's paper trail as a person reads it: every attempt, who, when and where.</summary>
public static class PaperTrail
{
    public static string Format(CoordinationRequest request, IReadOnlyDictionary<Guid, Person> people, Person reader, FollowUpSchedule schedule)
    {
        var zone = schedule.CalendarOf(reader).Zone;
        string Name(Guid? id) => id is { } key && people.TryGetValue(key, out var person) ? "@" + person.DisplayName : "the bot";
        string When(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{request.Key} · {request.Title} · {request.Status.ToString().ToLowerInvariant()}")
            .Append(CultureInfo.InvariantCulture, $" · asked by {Name(request.RequesterId)} {When(request.AskedAt)} ({zone.Id})\n")
            .Append(request.DueAt is { } due ? $"Due: {FollowUpMessages.Day(due, reader, schedule)}\n" : string.Empty)
            .Append("Stakeholders: ")
            .AppendJoin(", ", request.Stakeholders.Select(s => $"{Name(s.PersonId)} {State(request, s)} ({Attempts(s.AttemptCount)})"))
            .Append('\n');

        var stakeholders = request.Stakeholders.ToDictionary(s => s.Id, s => s.PersonId);
        foreach (var (attempt, index) in request.Attempts.OrderBy(a => a.At).ThenBy(a => a.Id).Select((a, i) => (a, i + 1)))
        {
            var about = attempt.StakeholderId is { } sid && stakeholders.TryGetValue(sid, out var personId) ? " " + Name(personId) : string.Empty;
            var by = attempt.ActorId is null ? "bot" : Name(attempt.ActorId);
            var notes = new[] { attempt.Note, attempt.NotSentReason }.OfType<string>().ToList();
            var note = notes.Count == 0 ? string.Empty : $" ({string.Join("; ", notes)})";
            var delivered = attempt.DeliveredAt is { } arrived && When(arrived) != When(attempt.At) ? $" · delivered {When(arrived)}" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"{index,2}. {When(attempt.At)}  {Label(attempt.Kind)}{about}{note} · by {by} · {attempt.Where}{delivered}\n");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>"Who is blocking CR-n?" in one line: who it still waits on, their attempts and next follow-up.</summary>
    public static string WaitingOn(CoordinationRequest request, Person reader, FollowUpSchedule schedule)
    {
        var waiting = request.SilentStakeholders().ToList();
        if (waiting.Count == 0)
        {
            var why = request.Status == RequestStatus.Open ? "everyone answered" : $"it is {request.Status.ToString().ToLowerInvariant()}";
            return $"{request.Key} waits on nobody: {why}.";
        }

        var each = waiting.Select(s => $"@{s.Person.DisplayName} ({Attempts(s.AttemptCount)}, " + (s.NextActionAt is { } next
            ? $"next follow-up {FollowUpMessages.Moment(next, reader, schedule)})"
            : $"{s.State.ToString().ToLowerInvariant()})")).ToList();
        return $"{request.Key} waits on {Listing.And(each)}.";
    }

    /// <summary>A stakeholder whose delegate stood in reads "away", not "redirected": they never handed it over themselves.</summary>
    private static string State(CoordinationRequest request, Stakeholder stakeholder) =>
        stakeholder.State == StakeholderState.Redirected && request.Attempts.Any(a => a.Kind == AttemptKind.StandIn && a.StakeholderId == stakeholder.Id)
            ? "away"
            : stakeholder.State.ToString().ToLowerInvariant();

    private static string Attempts(int count) => count == 1 ? "1 attempt" : $"{count} attempts";

    public static string Label(AttemptKind kind) => kind switch
    {
        AttemptKind.ProceedNotice => "proceed-notice",
        AttemptKind.EscalationTargetSet => "escalation target set",
        AttemptKind.EscalatedInThread => "escalated in the thread",
        AttemptKind.StandIn => "stand-in",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
