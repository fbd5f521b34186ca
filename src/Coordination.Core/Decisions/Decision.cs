using Coordination.Core.Chat;
using Coordination.Core.Requests;

namespace Coordination.Core.Decisions;

/// <summary>How a decision came to be recorded.</summary>
public enum DecisionSource
{
    Command = 0,

    /// <summary>The requester's default, taken when nobody answered ("proceed with your best judgment").</summary>
    Default = 1,
}

/// <summary>What the decision template adds to a decision's text: why, what else was weighed, who owns it, how far it reaches.</summary>
public sealed record DecisionDetails(string? Rationale = null, string? OptionsConsidered = null, Person? Owner = null, bool LongTerm = false);

/// <summary>
/// A decision (<c>D-n</c>): what was decided, by whom, when and where, the request it settles, and its next steps,
/// each a request on its owner under the same 48-hour rule.
/// </summary>
public sealed class Decision
{
    private Decision()
    {
        Text = string.Empty;
        Channel = string.Empty;
        DecidedBy = null!;
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    public int Number { get; private set; }

    public string Key => Format(Number);

    public string Text { get; private set; }

    public string? Rationale { get; private set; }

    /// <summary>The options that were weighed, as written in the decision template.</summary>
    public string? OptionsConsidered { get; private set; }

    /// <summary>Who owns the decision and answers for it, when the template named someone other than the decider.</summary>
    public Guid? OwnerId { get; private set; }

    public Person? Owner { get; private set; }

    public Guid DecidedById { get; private set; }

    public Person DecidedBy { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public string Channel { get; private set; }

    public string? ThreadId { get; private set; }

    /// <summary>The request this decision settled, if any.</summary>
    public Guid? RequestId { get; private set; }

    /// <summary>From the settled request's ask to this decision: the digest's decision speed.</summary>
    public TimeSpan? TimeFromAsk { get; private set; }

    /// <summary>A long-term decision (it counts toward strategic influence).</summary>
    public bool LongTerm { get; private set; }

    public DecisionSource Source { get; private set; }

    /// <summary>The requests that carry this decision's next steps.</summary>
    public List<CoordinationRequest> NextSteps { get; private set; } = [];

    public ThreadRef Thread => new(Channel, ThreadId);

    public static string Format(int number) => DecisionKey.Format(number);

    public static Decision Record(
        Guid workspaceId, int number, string text, Person decidedBy, ThreadRef where, DateTimeOffset at,
        string? rationale = null, CoordinationRequest? settles = null, bool longTerm = false, DecisionSource source = DecisionSource.Command)
        => Record(workspaceId, number, text, decidedBy, where, at, new DecisionDetails(rationale, LongTerm: longTerm), settles, source);

    public static Decision Record(
        Guid workspaceId, int number, string text, Person decidedBy, ThreadRef where, DateTimeOffset at, DecisionDetails details,
        CoordinationRequest? settles = null, DecisionSource source = DecisionSource.Command)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new Decision
        {
            Id = Guid.CreateVersion7(at),
            WorkspaceId = workspaceId,
            Number = number,
            Text = text.Trim(),
            Rationale = Trimmed(details.Rationale),
            OptionsConsidered = Trimmed(details.OptionsConsidered),
            DecidedById = decidedBy.Id,
            DecidedBy = decidedBy,
            OwnerId = details.Owner?.Id,
            Owner = details.Owner,
            DecidedAt = at,
            Channel = where.Channel,
            ThreadId = where.ThreadId,
            RequestId = settles?.Id,
            TimeFromAsk = at - settles?.AskedAt,
            LongTerm = details.LongTerm,
            Source = source,
        };
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A decision without a next step stalls: the reply says so, the digest counts it.</summary>
    public bool LacksNextSteps => NextSteps.Count == 0;

    /// <summary>The decision in one line with each next step's key and state, for replies and <c>decisions</c>.</summary>
    public string Describe()
    {
        var steps = NextSteps.Count == 0
            ? "no next step yet"
            : string.Join("; ", NextSteps.OrderBy(r => r.Number).Select(r => $"{r.Key} {r.Title} ({StepState(r)})"));
        return $"*{Key}* {Text} · {steps}";
    }

    private static string StepState(CoordinationRequest step) => step.Status switch
    {
        RequestStatus.Open => "open, " + string.Join(", ", step.OpenStakeholders().Select(s => s.Person.DisplayName)),
        _ => step.Status.ToString().ToLowerInvariant(),
    };
}
