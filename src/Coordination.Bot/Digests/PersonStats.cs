using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;
using static Coordination.Core.Digests.DigestDefinitions;

namespace Coordination.Bot.Digests;

/// <summary>
/// One person's figures for <c>stats</c>, each an aggregate the database computes over the person's rows (stakeholders
/// by person and state, requests by requester, decisions by decider: all indexed), with the digest's definitions of
/// first response and success. A person belongs to one workspace, so their id scopes every count to it.
/// </summary>
public sealed class PersonStats(CoordinationDbContext db, TimeSpan responseWindow)
{
    public async Task<PersonFigures> ComputeAsync(Guid personId, DateTimeOffset end, CancellationToken cancellationToken) => new(
        end,
        await PeriodAsync(personId, end, cancellationToken),
        await PeriodAsync(personId, end - Period, cancellationToken),
        await OpenAsync(personId, cancellationToken),
        await AllTimeAsync(personId, end, cancellationToken));

    private async Task<PersonPeriod> PeriodAsync(Guid personId, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var start = end - Period;
        var asked = AskedOf(personId).Where(s => s.AskedAt >= start && s.AskedAt < end);
        var requests = AskedBy(personId);
        return new PersonPeriod(
            await asked.CountAsync(cancellationToken),
            await DigestMetrics.FirstResponseAsync(AskedOf(personId), start, end, responseWindow, cancellationToken),
            await DigestMetrics.MedianAsync(ByTimeToFirstResponse(db, asked), t => t.RespondedAt - t.AskedAt, cancellationToken),
            await EscalationsAsync(personId, start, end, cancellationToken),
            await requests.CountAsync(r => r.AskedAt >= start && r.AskedAt < end, cancellationToken),
            await requests.CountAsync(r => r.Status == RequestStatus.Resolved && r.ClosedAt >= start && r.ClosedAt < end, cancellationToken),
            await DigestMetrics.SuccessAsync(requests, end, cancellationToken),
            await db.Decisions.CountAsync(d => d.DecidedById == personId && d.DecidedAt >= start && d.DecidedAt < end, cancellationToken));
    }

    private async Task<PersonOpen> OpenAsync(Guid personId, CancellationToken cancellationToken)
    {
        var open = AskedOf(personId).Where(s => s.Request.Status == RequestStatus.Open);
        return new PersonOpen(
            await open.CountAsync(s => s.State == StakeholderState.Waiting || s.State == StakeholderState.Snoozed, cancellationToken),
            await AskedBy(personId).CountAsync(r => r.Status == RequestStatus.Open, cancellationToken),
            await open.Where(s => s.State != StakeholderState.Redirected && s.Request.DecisionId != null).Select(s => s.RequestId).Distinct().CountAsync(cancellationToken));
    }

    private async Task<PersonTotals> AllTimeAsync(Guid personId, DateTimeOffset end, CancellationToken cancellationToken) => new(
        await AskedOf(personId).CountAsync(cancellationToken),
        await DigestMetrics.FirstResponseAsync(AskedOf(personId), null, end, responseWindow, cancellationToken),
        await AskedBy(personId).CountAsync(cancellationToken),
        await AskedBy(personId).CountAsync(r => r.Status == RequestStatus.Resolved, cancellationToken),
        await db.Decisions.CountAsync(d => d.DecidedById == personId, cancellationToken));

    /// <summary>Escalations on the person in the period, reached from their stakeholder rows (attempts are indexed by stakeholder).</summary>
    private Task<int> EscalationsAsync(Guid personId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken) =>
        (from s in AskedOf(personId)
         join a in db.Attempts on s.Id equals a.StakeholderId
         where a.Kind == AttemptKind.Escalation && a.At >= start && a.At < end
         select a.Id).CountAsync(cancellationToken);

    /// <summary>
    /// The answered among <paramref name="asked"/>, in order of the time from ask to first answer. The order is a
    /// difference of two columns: SQLite's instants are integers that grow with time (UTC, as every instant here is) and
    /// PostgreSQL subtracts timestamps; SQL Server cannot subtract them, so it counts the seconds between.
    /// </summary>
    internal static IQueryable<ResponseTimes> ByTimeToFirstResponse(CoordinationDbContext db, IQueryable<Stakeholder> asked)
    {
        var answered = asked.Where(s => s.RespondedAt != null);
        var ordered = db.Database.IsSqlServer()
            ? answered.OrderBy(s => EF.Functions.DateDiffSecond(s.AskedAt, s.RespondedAt))
            : answered.OrderBy(s => s.RespondedAt - s.AskedAt);
        return ordered.Select(s => new ResponseTimes(s.AskedAt, s.RespondedAt!.Value));
    }

    private IQueryable<Stakeholder> AskedOf(Guid personId) => db.Stakeholders.Where(s => s.PersonId == personId);

    private IQueryable<CoordinationRequest> AskedBy(Guid personId) => db.Requests.Where(r => r.RequesterId == personId);

    internal sealed record ResponseTimes(DateTimeOffset AskedAt, DateTimeOffset RespondedAt);
}
