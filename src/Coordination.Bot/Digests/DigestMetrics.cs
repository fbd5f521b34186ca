using Coordination.Core.Digests;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;
using static Coordination.Core.Digests.DigestDefinitions;

namespace Coordination.Bot.Digests;

/// <summary>
/// The digest's numbers, each an aggregate the database computes over an indexed week (requests by ask or close
/// time, decisions by decision time), so a year of history costs no more than the weeks the digest looks at.
/// </summary>
public sealed class DigestMetrics(CoordinationDbContext db, FollowUpSchedule schedule)
{
    /// <summary>The weeks the chart shows.</summary>
    public const int ChartWeeks = 8;

    /// <summary>The digests whose votes make up the satisfaction figure.</summary>
    private static readonly TimeSpan SatisfactionSpan = TimeSpan.FromDays(28);

    private const int StalledExampleCount = 5;

    public async Task<DigestReport> ComputeAsync(Guid workspaceId, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var current = await PeriodAsync(workspaceId, end, cancellationToken);
        var previous = await PeriodAsync(workspaceId, end - Period, cancellationToken);
        var open = await OpenAsync(workspaceId, cancellationToken);
        var weeks = await WeeksAsync(workspaceId, end, open.Open, [current.Success, previous.Success], cancellationToken);
        return new DigestReport(end, current, previous, open, weeks) { Satisfaction = await SatisfactionAsync(workspaceId, end, cancellationToken) };
    }

    private async Task<PeriodFigures> PeriodAsync(Guid workspaceId, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var start = end - Period;
        var resolved = Requests(workspaceId).Where(r => r.Status == RequestStatus.Resolved && r.ClosedAt >= start && r.ClosedAt < end);
        var decisions = db.Decisions.Where(d => d.WorkspaceId == workspaceId && d.DecidedAt >= start && d.DecidedAt < end);
        var asked = Requests(workspaceId).Where(r => r.AskedAt >= start && r.AskedAt < end);
        return new PeriodFigures(
            await SuccessAsync(workspaceId, end, cancellationToken),
            await FirstResponseAsync(workspaceId, start, end, cancellationToken),
            await RateAsync(resolved, r => !r.NeededMeeting, cancellationToken),
            await MedianTimeFromAskAsync(decisions, cancellationToken),
            await resolved.CountAsync(cancellationToken),
            await resolved.Select(r => r.RequesterId).Distinct().CountAsync(cancellationToken),
            await db.Teams.CountAsync(t => t.WorkspaceId == workspaceId && t.Members.Any(m => asked.Any(r => r.Stakeholders.Any(s => s.PersonId == m.Id))), cancellationToken),
            await decisions.CountAsync(d => d.LongTerm, cancellationToken),
            await decisions.CountAsync(d => !d.NextSteps.Any(), cancellationToken));
    }

    /// <summary>Of the requests asked 7–14 days before <paramref name="end"/> (not cancelled), those resolved within 7 days.</summary>
    private Task<Rate> SuccessAsync(Guid workspaceId, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var (from, to) = (end - Period - Period, end - Period);
        var cohort = Requests(workspaceId).Where(r => r.AskedAt >= from && r.AskedAt < to && r.Status != RequestStatus.Cancelled);
        return RateAsync(cohort, r => r.Status == RequestStatus.Resolved && r.TimeToClose <= SuccessWithin, cancellationToken);
    }

    /// <summary>Of the stakeholders asked in the period whose first window has passed (or who answered), those who answered before a nudge.</summary>
    private Task<Rate> FirstResponseAsync(Guid workspaceId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var windowPassed = end - schedule.Policy.ResponseWindow;
        var stakeholders = db.Stakeholders.Where(s => s.Request.WorkspaceId == workspaceId && s.Request.AskedAt >= start && s.Request.AskedAt < end
            && (s.RespondedAt != null || s.AskedAt <= windowPassed));
        return RateAsync(stakeholders, s => s.RespondedAt != null && s.AttemptCount == 1, cancellationToken);
    }

    private static async Task<Rate> RateAsync<T>(IQueryable<T> items, System.Linq.Expressions.Expression<Func<T, bool>> hit, CancellationToken cancellationToken)
    {
        var total = await items.CountAsync(cancellationToken);
        return total == 0 ? Rate.None : new Rate(await items.CountAsync(hit, cancellationToken), total);
    }

    /// <summary>The median time from ask to decision, found by the database (count, then the middle one or two in order).</summary>
    private static async Task<TimeSpan?> MedianTimeFromAskAsync(IQueryable<Core.Decisions.Decision> decisions, CancellationToken cancellationToken)
    {
        var timed = decisions.Where(d => d.TimeFromAsk != null);
        var count = await timed.CountAsync(cancellationToken);
        if (count == 0)
        {
            return null;
        }

        var middle = await timed.OrderBy(d => d.TimeFromAsk).Skip((count - 1) / 2).Take(2 - (count % 2)).Select(d => d.TimeFromAsk!.Value).ToListAsync(cancellationToken);
        return TimeSpan.FromTicks((long)middle.Average(t => t.Ticks));
    }

    private async Task<OpenFigures> OpenAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var open = Requests(workspaceId).Where(r => r.Status == RequestStatus.Open);
        var stalled = open.Where(r => r.Stakeholders.Any(s => s.State == StakeholderState.Waiting && s.AttemptCount >= 2));
        var examples = await stalled.OrderBy(r => r.AskedAt).Take(StalledExampleCount).Select(r => r.Number).ToListAsync(cancellationToken);
        return new OpenFigures(
            await open.CountAsync(cancellationToken),
            await stalled.CountAsync(cancellationToken),
            await open.CountAsync(r => r.Stakeholders.Any(s => s.State == StakeholderState.Escalated), cancellationToken),
            [.. examples.Select(RequestKey.Format)]);
    }

    /// <summary>
    /// Eight weeks of success rate and of requests open at each week's end. Open at <c>t</c> is what is open now, less
    /// what was asked since <c>t</c>, plus what closed since <c>t</c>: two counts over recent rows, never the whole table.
    /// </summary>
    private async Task<IReadOnlyList<WeekPoint>> WeeksAsync(Guid workspaceId, DateTimeOffset end, int openNow, Rate[] known, CancellationToken cancellationToken)
    {
        var points = new List<WeekPoint>(ChartWeeks);
        for (var week = ChartWeeks - 1; week >= 0; week--)
        {
            var weekEnd = end - (Period * week);
            var success = week < known.Length ? known[week] : await SuccessAsync(workspaceId, weekEnd, cancellationToken);
            var askedSince = await Requests(workspaceId).CountAsync(r => r.AskedAt >= weekEnd, cancellationToken);
            var closedSince = await Requests(workspaceId).CountAsync(r => r.ClosedAt >= weekEnd, cancellationToken);
            points.Add(new WeekPoint(DateOnly.FromDateTime((weekEnd - Period).UtcDateTime), success.Value, openNow - askedSince + closedSince));
        }

        return points;
    }

    private async Task<Rate> SatisfactionAsync(Guid workspaceId, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var since = end - SatisfactionSpan;
        var votes = db.DigestVotes.Where(v => db.DigestRuns.Any(d => d.Id == v.DigestId && d.WorkspaceId == workspaceId && d.PostedAt >= since));
        return await RateAsync(votes, v => v.Useful, cancellationToken);
    }

    private IQueryable<CoordinationRequest> Requests(Guid workspaceId) => db.Requests.Where(r => r.WorkspaceId == workspaceId);
}
