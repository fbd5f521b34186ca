using Coordination.Core.Decisions;
using Coordination.Core.Requests;

namespace Coordination.Bot.Api;

/// <summary>Someone in the workspace as the API shows them: their platform user id and name.</summary>
public sealed record PersonSummary(string UserId, string Name)
{
    public static PersonSummary Of(Person person) => new(person.PlatformUserId, person.DisplayName);
}

/// <summary>A stakeholder of a request, with where their clock stands.</summary>
public sealed record StakeholderResource(PersonSummary Person, string State, int Attempts, DateTime AskedAt, DateTime? RespondedAt, DateTime? NextActionAt);

/// <summary>One entry of a request's paper trail.</summary>
public sealed record AttemptResource(string Kind, DateTime At, int? Number, PersonSummary? By, PersonSummary? Stakeholder, string Where, string? Note, DateTime? DeliveredAt);

/// <summary>A coordination request; <see cref="Trail"/> only when one request is asked for.</summary>
public sealed record RequestResource(
    string Key, int Number, string Title, string State, PersonSummary Requester, DateTime AskedAt, DateTime? DueAt, DateTime? ClosedAt,
    string Channel, string? ThreadId, PersonSummary? EscalationTarget, IReadOnlyList<StakeholderResource> Stakeholders, IReadOnlyList<AttemptResource>? Trail);

/// <summary>A decision and its next steps (each a request's key).</summary>
public sealed record DecisionResource(
    string Key, int Number, string Text, string? Rationale, string? OptionsConsidered, PersonSummary DecidedBy, PersonSummary? Owner,
    DateTime DecidedAt, string Channel, string? ThreadId, bool LongTerm, IReadOnlyList<string> NextSteps)
{
    public static DecisionResource Of(Decision decision) => new(
        decision.Key, decision.Number, decision.Text, decision.Rationale, decision.OptionsConsidered, PersonSummary.Of(decision.DecidedBy),
        decision.Owner is { } owner ? PersonSummary.Of(owner) : null, decision.DecidedAt.UtcDateTime, decision.Channel, decision.ThreadId,
        decision.LongTerm, [.. decision.NextSteps.OrderBy(r => r.Number).Select(r => r.Key)]);
}

/// <summary>Someone the workspace knows.</summary>
public sealed record PersonResource(string UserId, string Name, string? TimeZone, PersonSummary? Lead, bool IsAdmin, DateTime? AwayUntil)
{
    public static PersonResource Of(Person person) => new(
        person.PlatformUserId, person.DisplayName, person.TimeZoneId, person.Lead is { } lead ? PersonSummary.Of(lead) : null,
        person.IsWorkspaceAdmin, person.AwayUntil?.UtcDateTime);
}

/// <summary>The figures of one week's digest (rates are 0 to 1, <c>null</c> when nothing counted).</summary>
public sealed record DigestResource(
    string Week, DateTime From, DateTime To, double? SuccessRate, double? FirstResponseRate, double? MeetingFreeRate, double? DecisionSpeedHours,
    int DrivenToCompletion, int Drivers, int TeamsTouched, int LongTermDecisions, int DecisionsWithoutNextSteps, int Open, int Stalled, int Escalated,
    double? SatisfactionRate, IReadOnlyList<string> Patterns);
