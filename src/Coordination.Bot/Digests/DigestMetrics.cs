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
        return new DigestReport(end, current, previous, open, weeks)
        {
            Satisfaction = await SatisfactionAsync(workspaceId, end, cancellationToken),
            TeamSatisfaction = await TeamSatisfactionAsync(workspaceId, end, cancellationToken),
        };
    }

    /// <summary>The chart alone: eight weeks of success rate and of requests open at each week's end.</summary>
    public async Task<IReadOnlyList<WeekPoint>> ChartWeeksAsync(Guid workspaceId, DateTimeOffset end, CancellationToken cancellationToken) =>
        await WeeksAsync(workspaceId, end, await OpenCountAsync(workspaceId, cancellationToken), [], cancellationToken);

    private async Task<PeriodFigures> PeriodAsync(Guid workspaceId, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var start = end - Period;
        var resolved = Requests(workspaceId).Where(r => r.Status == RequestStatus.Resolved && r.ClosedAt >= start && r.ClosedAt < end);
        var decisions = db.Decisions.Where(d => d.WorkspaceId == workspaceId && d.DecidedAt >= start && d.DecidedAt < end);
        var asked = Requests(workspaceId).Where(r => r.AskedAt >= start && r.AskedAt < end);
        return new PeriodFigures(
            await SuccessAsync(Requests(workspaceId), end, cancellationToken),
            await FirstResponseAsync(db.Stakeholders.Where(s => s.Request.WorkspaceId == workspaceId), start, end, schedule.Policy.ResponseWindow, cancellationToken),
            await RateAsync(resolved, r => !r.NeededMeeting, cancellationToken),
            await MedianTimeFromAskAsync(decisions, cancellationToken),
            await resolved.CountAsync(cancellationToken),
            await resolved.Select(r => r.RequesterId).Distinct().CountAsync(cancellationToken),
            await TeamsTouchedAsync(workspaceId, asked, cancellationToken),
            await decisions.CountAsync(d => d.LongTerm, cancellationToken),
            await decisions.CountAsync(d => !d.NextSteps.Any(), cancellationToken));
    }

    /// <summary>Named teams with a member asked in the period: the people asked, then the teams any of them is in.</summary>
    private Task<int> TeamsTouchedAsync(Guid workspaceId, IQueryable<CoordinationRequest> asked, CancellationToken cancellationToken)
    {
        var people = db.Stakeholders.Where(s => asked.Any(r => r.Id == s.RequestId)).Select(s => s.PersonId);
        return db.WorkTeams.CountAsync(t => t.WorkspaceId == workspaceId && t.Members.Any(m => people.Contains(m.Id)), cancellationToken);
    }

    /// <summary>Of <paramref name="requests"/> asked 7–14 days before <paramref name="end"/> (not cancelled), those resolved within 7 days.</summary>
    internal static Task<Rate> SuccessAsync(IQueryable<CoordinationRequest> requests, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var (from, to) = (end - Period - Period, end - Period);
        var cohort = requests.Where(r => r.AskedAt >= from && r.AskedAt < to && r.Status != RequestStatus.Cancelled);
        return RateAsync(cohort, r => r.Status == RequestStatus.Resolved && r.TimeToClose <= SuccessWithin, cancellationToken);
    }

    /// <summary>
    /// Of <paramref name="stakeholders"/> asked from <paramref name="start"/> (any time, when <c>null</c>) to
    /// <paramref name="end"/> whose first <paramref name="window"/> has passed (or who answered), those who answered
    /// before a nudge; found by when they were asked (indexed).
    /// </summary>
    internal static Task<Rate> FirstResponseAsync(
        IQueryable<Stakeholder> stakeholders, DateTimeOffset? start, DateTimeOffset end, TimeSpan window, CancellationToken cancellationToken)
    {
        var windowPassed = end - window;
        var asked = start is { } from ? stakeholders.Where(s => s.AskedAt >= from) : stakeholders;
        var cohort = asked.Where(s => s.AskedAt < end && (s.RespondedAt != null || s.AskedAt <= windowPassed));
        return RateAsync(cohort, s => s.RespondedAt != null && s.AttemptCount == 1, cancellationToken);
    }

    internal static async Task<Rate> RateAsync<T>(IQueryable<T> items, System.Linq.Expressions.Expression<Func<T, bool>> hit, CancellationToken cancellationToken)
    {
        var total = await items.CountAsync(cancellationToken);
        return total == 0 ? Rate.None : new Rate(await items.CountAsync(hit, cancellationToken), total);
    }

    /// <summary>The median time from ask to decision.</summary>
    private static Task<TimeSpan?> MedianTimeFromAskAsync(IQueryable<Core.Decisions.Decision> decisions, CancellationToken cancellationToken) =>
        MedianAsync(decisions.Where(d => d.TimeFromAsk != null).OrderBy(d => d.TimeFromAsk).Select(d => d.TimeFromAsk!.Value), t => t, cancellationToken);

    /// <summary>
    /// The median of <paramref name="ordered"/> (already in order of the duration <paramref name="span"/> reads), found by
    /// the database: a count, then only the middle one or two rows.
    /// </summary>
    internal static async Task<TimeSpan?> MedianAsync<T>(IQueryable<T> ordered, Func<T, TimeSpan> span, CancellationToken cancellationToken)
    {
        var count = await ordered.CountAsync(cancellationToken);
        if (count == 0)
        {
            return null;
        }

        var middle = await ordered.Skip((count - 1) / 2).Take(2 - (count % 2)).ToListAsync(cancellationToken);
        return TimeSpan.FromTicks((long)middle.Average(m => span(m).Ticks));
    }

    /// <summary>Stalled and escalated are counted from the stakeholders' side: few are waiting, many requests are open.</summary>
    private async Task<OpenFigures> OpenAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var openWaiting = db.Stakeholders.Where(s => s.Request.WorkspaceId == workspaceId && s.Request.Status == RequestStatus.Open);
        var stalled = openWaiting.Where(s => s.State == StakeholderState.Waiting && s.AttemptCount >= 2);
        var examples = await stalled.GroupBy(s => new { s.Request.Number, s.Request.AskedAt }).OrderBy(g => g.Key.AskedAt).Take(StalledExampleCount)
            .Select(g => g.Key.Number).ToListAsync(cancellationToken);
        return new OpenFigures(
            await OpenCountAsync(workspaceId, cancellationToken),
            await stalled.Select(s => s.RequestId).Distinct().CountAsync(cancellationToken),
            await openWaiting.Where(s => s.State == StakeholderState.Escalated).Select(s => s.RequestId).Distinct().CountAsync(cancellationToken),
            [.. examples.Select(RequestKey.Format)]);
    }

    /// <summary>
    /// Eight weeks of success rate and of requests open at each week's end. Open at <c>t</c> is what is open now, less
    /// what was asked since <c>t</c>, plus what closed since <c>t</c>: two counts over recent rows, never the whole table.
    /// </summary>
    private async Task<IReadOnlyList<WeekPoint>> WeeksAsync(Guid workspaceId, DateTimeOffset end, int openNow, Rate[] known, CancellationToken cancellationToken)
    {
        var ends = Enumerable.Range(0, ChartWeeks).Select(week => end - (Period * week)).ToArray();
        var oldest = ends[^1];
        var askedSince = await CountsSinceAsync(Requests(workspaceId).Where(r => r.AskedAt >= oldest).Select(r => r.AskedAt), ends, cancellationToken);
        var closedSince = await CountsSinceAsync(Requests(workspaceId).Where(r => r.ClosedAt >= oldest).Select(r => r.ClosedAt!.Value), ends, cancellationToken);
        var points = new List<WeekPoint>(ChartWeeks);
        for (var week = ChartWeeks - 1; week >= 0; week--)
        {
            var success = week < known.Length ? known[week] : await SuccessAsync(Requests(workspaceId), ends[week], cancellationToken);
            points.Add(new WeekPoint(DateOnly.FromDateTime((ends[week] - Period).UtcDateTime), success.Value, openNow - askedSince[week] + closedSince[week]));
        }

        return points;
    }

    /// <summary>For each of the eight week ends (newest first), how many of <paramref name="instants"/> fall at or after it: one pass.</summary>
    private static async Task<int[]> CountsSinceAsync(IQueryable<DateTimeOffset> instants, DateTimeOffset[] ends, CancellationToken cancellationToken)
    {
        var (e0, e1, e2, e3, e4, e5, e6, e7) = (ends[0], ends[1], ends[2], ends[3], ends[4], ends[5], ends[6], ends[7]);
        var counts = await instants.GroupBy(_ => 1).Select(g => new EightCounts(
            g.Count(t => t >= e0), g.Count(t => t >= e1), g.Count(t => t >= e2), g.Count(t => t >= e3),
            g.Count(t => t >= e4), g.Count(t => t >= e5), g.Count(t => t >= e6), g.Count(t => t >= e7))).FirstOrDefaultAsync(cancellationToken);
        return counts is null ? new int[ChartWeeks] : [counts.C0, counts.C1, counts.C2, counts.C3, counts.C4, counts.C5, counts.C6, counts.C7];
    }

    private sealed record EightCounts(int C0, int C1, int C2, int C3, int C4, int C5, int C6, int C7);

    private async Task<Rate> SatisfactionAsync(Guid workspaceId, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var since = end - SatisfactionSpan;
        var votes = db.DigestVotes.Where(v => db.DigestRuns.Any(d => d.Id == v.DigestId && d.WorkspaceId == workspaceId && d.PostedAt >= since));
        return await RateAsync(votes, v => v.Useful, cancellationToken);
    }

    /// <summary>
    /// Per team, the 👍 share of the answers its members gave this week to "how did it go?"; counts only, never who
    /// answered what.
    /// </summary>
    private async Task<IReadOnlyList<TeamShare>> TeamSatisfactionAsync(Guid workspaceId, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var start = end - Period;
        var answers = await db.SatisfactionQuestions
            .Where(q => q.WorkspaceId == workspaceId && q.Happy != null && q.AskedAt >= start && q.AskedAt < end)
            .Select(q => new { q.PersonId, Happy = q.Happy!.Value })
            .ToListAsync(cancellationToken);
        if (answers.Count == 0)
        {
            return [];
        }

        var teams = await db.WorkTeams.Where(t => t.WorkspaceId == workspaceId)
            .Select(t => new { t.Name, Members = t.Members.Select(m => m.Id).ToList() })
            .ToListAsync(cancellationToken);
        return [.. teams.Select(t => new TeamShare(
            t.Name,
            new Rate(answers.Count(a => a.Happy && t.Members.Contains(a.PersonId)), answers.Count(a => t.Members.Contains(a.PersonId)))))];
    }

    private Task<int> OpenCountAsync(Guid workspaceId, CancellationToken cancellationToken) =>
        Requests(workspaceId).CountAsync(r => r.Status == RequestStatus.Open, cancellationToken);

    private IQueryable<CoordinationRequest> Requests(Guid workspaceId) => db.Requests.Where(r => r.WorkspaceId == workspaceId);
}
