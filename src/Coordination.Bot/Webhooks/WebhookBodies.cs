using System.Text.Json;
using System.Text.Json.Serialization;
using Coordination.Core.Decisions;
using Coordination.Core.Digests;
using Coordination.Core.Requests;

namespace Coordination.Bot.Webhooks;

/// <summary>
/// The JSON bodies of webhook deliveries, camelCase: <c>{"id","type","time","workspace","object"}</c>, the object a
/// request, a decision or a digest. Times are ISO 8601 in UTC.
/// </summary>
public static class WebhookBodies
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(string id, string type, DateTimeOffset time, string workspace, object subject) =>
        JsonSerializer.Serialize(new WebhookEventBody(id, type, time.UtcDateTime, workspace, subject), Json);

    public static RequestObject Request(CoordinationRequest request) => new(
        request.Key,
        request.Number,
        request.Title,
        request.Status.ToString().ToLowerInvariant(),
        PersonOf(request.Requester),
        [.. request.Stakeholders.OrderBy(s => s.AskedAt).Select(s => new StakeholderObject(PersonOf(s.Person), s.State.ToString().ToLowerInvariant(), s.AttemptCount))],
        request.DueAt?.UtcDateTime,
        request.AskedAt.UtcDateTime,
        request.ClosedAt?.UtcDateTime,
        request.Channel,
        request.ThreadId,
        Permalink: null);

    public static DecisionObject Decision(Decision decision) => new(
        decision.Key,
        decision.Number,
        decision.Text,
        decision.Rationale,
        PersonOf(decision.DecidedBy),
        decision.DecidedAt.UtcDateTime,
        [.. decision.NextSteps.OrderBy(r => r.Number).Select(r => new NextStepObject(r.Key, r.Title, [.. r.Stakeholders.Select(s => PersonOf(s.Person))], r.DueAt?.UtcDateTime))]);

    public static DigestObject Digest(DigestRun run, DigestReport? report) => new(
        run.Week,
        run.PeriodEnd.UtcDateTime,
        run.Channel,
        report is null ? null : new DigestFigures(
            report.Current.Success.Value,
            report.Current.FirstResponse.Value,
            report.Current.MeetingFree.Value,
            report.Current.DecisionSpeed?.TotalHours,
            report.Current.DrivenToCompletion,
            report.Open.Open,
            report.Open.Stalled,
            report.Open.Escalated));

    private static PersonObject? PersonOf(Person? person) => person is null ? null : new(person.PlatformUserId, person.DisplayName);

    public sealed record WebhookEventBody(string Id, string Type, DateTime Time, string Workspace, [property: JsonPropertyName("object")] object Subject);

    public sealed record PersonObject(string Id, string Name);

    public sealed record StakeholderObject(PersonObject? Person, string State, int AttemptCount);

    public sealed record RequestObject(
        string Key, int Number, string Title, string State, PersonObject? Requester, IReadOnlyList<StakeholderObject> Stakeholders,
        DateTime? DueAt, DateTime CreatedAt, DateTime? ClosedAt, string Channel, string? ThreadId, string? Permalink);

    public sealed record NextStepObject(string Key, string Title, IReadOnlyList<PersonObject?> Owners, DateTime? DueAt);

    public sealed record DecisionObject(string Key, int Number, string Text, string? Rationale, PersonObject? DecidedBy, DateTime DecidedAt, IReadOnlyList<NextStepObject> NextSteps);

    public sealed record DigestFigures(
        double? SuccessRate, double? FirstResponseRate, double? MeetingFreeRate, double? DecisionSpeedHours, int DrivenToCompletion, int Open, int Stalled, int Escalated);

    public sealed record DigestObject(string? Week, DateTime PeriodEnd, string Channel, DigestFigures? Figures);
}
