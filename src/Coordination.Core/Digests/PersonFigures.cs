namespace Coordination.Core.Digests;

/// <summary>
/// One person's figures over one seven-day period (see <see cref="PersonStatsText"/> for exactly what each counts): as
/// a stakeholder, as a requester, and as a decider.
/// </summary>
public sealed record PersonPeriod(
    int Asked,
    Rate FirstResponse,
    TimeSpan? TimeToFirstResponse,
    int Escalated,
    int Requested,
    int Resolved,
    Rate Success,
    int Decisions);

/// <summary>What stands now: requests still waiting on the person, their own open requests, the open next steps they own.</summary>
public sealed record PersonOpen(int WaitingOnThem, int OpenRequests, int OpenNextSteps);

/// <summary>Everything since the person's first request or ask.</summary>
public sealed record PersonTotals(int Asked, Rate FirstResponse, int Requested, int Resolved, int Decisions);

/// <summary>What <c>stats</c> tells: the last seven days to <see cref="PeriodEnd"/> and the seven before, what is open, all time.</summary>
public sealed record PersonFigures(DateTimeOffset PeriodEnd, PersonPeriod Current, PersonPeriod Previous, PersonOpen Open, PersonTotals AllTime);
