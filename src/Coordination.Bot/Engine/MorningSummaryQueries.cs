using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

/// <summary>What the morning summary reads: only open requests, only for the people it is about to write to.</summary>
internal static class MorningSummaryQueries
{
    /// <summary>A stakeholder whose answer is still owed: waiting, snoozed or escalated.</summary>
    private static readonly StakeholderState[] StillSilent = [StakeholderState.Waiting, StakeholderState.Snoozed, StakeholderState.Escalated];

    /// <summary>
    /// People of the workspace, after <paramref name="after"/> by platform id, who may get a summary now: it is on,
    /// they are not away, and something open waits on them or they wait on something open. Whose morning it is the
    /// caller decides, in each person's zone.
    /// </summary>
    public static Task<List<Person>> SummaryCandidatesAsync(
        this CoordinationDbContext db, Guid workspaceId, DateTimeOffset now, string after, int limit, CancellationToken cancellationToken) =>
        db.People.AsNoTracking()
            .Where(p => p.WorkspaceId == workspaceId && p.PlatformUserId.CompareTo(after) > 0)
            .Where(p => !p.MorningSummaryOff && (p.AwayUntil == null || p.AwayUntil <= now))
            .Where(p => db.Stakeholders.Any(s => s.PersonId == p.Id
                    && StillSilent.Contains(s.State)
                    && s.Request.Status == RequestStatus.Open)
                || db.Requests.Any(r => r.RequesterId == p.Id && r.Status == RequestStatus.Open))
            .OrderBy(p => p.PlatformUserId)
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>For each of <paramref name="people"/>, the open requests still waiting on their answer.</summary>
    public static async Task<ILookup<Guid, WaitingOnYou>> WaitingOnAsync(this CoordinationDbContext db, IReadOnlyCollection<Guid> people, CancellationToken cancellationToken)
    {
        var rows = await db.Stakeholders.AsNoTracking()
            .Where(s => people.Contains(s.PersonId)
                && StillSilent.Contains(s.State)
                && s.Request.Status == RequestStatus.Open)
            .Select(s => new
            {
                s.PersonId,
                s.Request.Number,
                s.Request.Title,
                RequesterId = s.Request.Requester.PlatformUserId,
                RequesterName = s.Request.Requester.DisplayName,
                s.AskedAt,
                s.Request.DueAt,
                s.State,
            })
            .ToListAsync(cancellationToken);
        return rows
            .DistinctBy(r => (r.PersonId, r.Number))
            .ToLookup(r => r.PersonId, r => new WaitingOnYou(r.Number, r.Title, new Mention(r.RequesterId, r.RequesterName), r.AskedAt, r.DueAt, r.State));
    }

    /// <summary>For each of <paramref name="people"/>, the open requests they asked, with who has not answered yet (by name).</summary>
    public static async Task<ILookup<Guid, YouAreWaitingOn>> AskedByAsync(this CoordinationDbContext db, IReadOnlyCollection<Guid> people, CancellationToken cancellationToken)
    {
        var rows = await db.Requests.AsNoTracking()
            .Where(r => people.Contains(r.RequesterId) && r.Status == RequestStatus.Open)
            .Select(r => new
            {
                r.RequesterId,
                r.Number,
                r.Title,
                r.AskedAt,
                Silent = r.Stakeholders
                    .Where(s => StillSilent.Contains(s.State))
                    .OrderBy(s => s.Person.DisplayName)
                    .Select(s => new { s.Person.PlatformUserId, s.Person.DisplayName })
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.ToLookup(
            r => r.RequesterId,
            r => new YouAreWaitingOn(r.Number, r.Title, r.AskedAt, [.. r.Silent.Select(s => new Mention(s.PlatformUserId, s.DisplayName)).DistinctBy(m => m.PlatformUserId)]));
    }
}
