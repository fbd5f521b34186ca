using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;
using static Coordination.Core.Digests.StallPatterns;

namespace Coordination.Bot.Digests;

/// <summary>
/// The stall patterns of one workspace: the history read as a handful of grouped counts (never row by row), the
/// sentences found in it, and a few requests that show each. The window is the <see cref="StallPatterns.Weeks"/>
/// weeks of asks ending a week before <c>end</c>, so every request counted had a week to resolve.
/// </summary>
public sealed class PatternFinder(CoordinationDbContext db)
{
    private const int ExampleCount = 3;

    /// <summary>
    /// The patterns of <paramref name="workspace"/>, strongest first; with <paramref name="lead"/>, also how that
    /// person's reports compare (a finding only the lead is shown).
    /// </summary>
    public async Task<PatternAnalysis> FindAsync(Workspace workspace, DateTimeOffset end, Person? lead, Func<string, string> channelName, CancellationToken cancellationToken)
    {
        var window = new Window(workspace.Id, end - TimeSpan.FromDays(7 * (Weeks + 1)), end - DigestDefinitions.Period);
        var asks = await AskGroupsAsync(Asks(window), cancellationToken);
        var byPerson = asks.GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => ResponseSpread.Sum(g.Select(a => a.Group.Spread)));
        var history = new PatternHistory(
            await RequestGroupsAsync(window, cancellationToken),
            [.. asks.Select(a => a.Group)],
            await TeamSpreadsAsync(window.WorkspaceId, byPerson, cancellationToken))
        {
            Reports = lead is null ? [] : await ReportSpreadsAsync(lead, byPerson, cancellationToken),
        };
        var analysis = StallPatterns.Analyze(history, channelName);
        var findings = new List<PatternFinding>(analysis.Findings.Count);
        foreach (var finding in analysis.Findings)
        {
            findings.Add(finding with { Examples = await ExamplesAsync(window, finding, cancellationToken) });
        }

        return analysis with { Findings = findings };
    }

    private async Task<IReadOnlyList<RequestGroup>> RequestGroupsAsync(Window window, CancellationToken cancellationToken)
    {
        var within = DigestDefinitions.SuccessWithin;
        var (fridayFrom, fridayTo) = FridayAfternoon;
        var rows = await Cohort(window)
            .Select(r => new
            {
                HasDue = r.DueAt != null,
                Many = r.AskedOf >= ManyStakeholders,
                Friday = r.AskedLocalHour >= fridayFrom && r.AskedLocalHour < fridayTo,
                r.Channel,
                Resolved = r.Status == RequestStatus.Resolved && r.TimeToClose <= within,
            })
            .GroupBy(r => new { r.HasDue, r.Many, r.Friday, r.Channel })
            .Select(g => new { g.Key, Total = g.Count(), Hits = g.Count(r => r.Resolved) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RequestGroup(r.Key.HasDue, r.Key.Many, r.Key.Friday, r.Key.Channel, new Rate(r.Hits, r.Total)))];
    }

    /// <summary>
    /// The asks in the window, counted by the database in one pass, per recipient and per block of their day: the
    /// blocks summed make the hours' figures, the recipients summed make the teams' and reports'.
    /// </summary>
    private static async Task<IReadOnlyList<(Guid PersonId, AskGroup Group)>> AskGroupsAsync(IQueryable<Stakeholder> asks, CancellationToken cancellationToken)
    {
        var rows = await Counted(asks.GroupBy(s => new { s.PersonId, Block = s.AskedLocalHour % 24 / AskGroup.BlockHours, Flag = s.AskedOffHours })).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Key.PersonId, new AskGroup(r.Key.Block, r.Key.Flag, new Rate(r.BeforeNudge, r.Asked), r.Spread)))];
    }

    /// <summary>Each named team's asks: the sum of its members' (a person in two teams counts in both).</summary>
    private async Task<IReadOnlyList<NamedSpread>> TeamSpreadsAsync(Guid workspaceId, Dictionary<Guid, ResponseSpread> byPerson, CancellationToken cancellationToken)
    {
        var teams = await db.WorkTeams.Where(t => t.WorkspaceId == workspaceId).Select(t => new { t.Name, Members = t.Members.Select(m => m.Id).ToList() }).ToListAsync(cancellationToken);
        return [.. teams.Select(t => new NamedSpread(t.Name, ResponseSpread.Sum(t.Members.Where(byPerson.ContainsKey).Select(id => byPerson[id]))))];
    }

    private async Task<IReadOnlyList<NamedSpread>> ReportSpreadsAsync(Person lead, Dictionary<Guid, ResponseSpread> byPerson, CancellationToken cancellationToken)
    {
        var reports = await db.People.Where(p => p.WorkspaceId == lead.WorkspaceId && p.LeadId == lead.Id).Select(p => new { p.Id, p.DisplayName }).ToListAsync(cancellationToken);
        return [.. reports.Where(r => byPerson.ContainsKey(r.Id)).Select(r => new NamedSpread(r.DisplayName, byPerson[r.Id]))];
    }

    /// <summary>Per group: how many asks, how many answered before a nudge, and how many answered within each step of <see cref="ResponseSpread.Thresholds"/>.</summary>
    private static IQueryable<SpreadRow<TKey>> Counted<TKey>(IQueryable<IGrouping<TKey, Stakeholder>> groups)
    {
        var t = ResponseSpread.Thresholds;
        var (t0, t1, t2, t3, t4, t5, t6, t7) = (t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]);
        return groups.Select(g => new SpreadRow<TKey>
        {
            Key = g.Key,
            Asked = g.Count(),
            BeforeNudge = g.Count(s => s.RespondedAt != null && s.AttemptCount == 1),
            W0 = g.Count(s => s.TimeToRespond <= t0),
            W1 = g.Count(s => s.TimeToRespond <= t1),
            W2 = g.Count(s => s.TimeToRespond <= t2),
            W3 = g.Count(s => s.TimeToRespond <= t3),
            W4 = g.Count(s => s.TimeToRespond <= t4),
            W5 = g.Count(s => s.TimeToRespond <= t5),
            W6 = g.Count(s => s.TimeToRespond <= t6),
            W7 = g.Count(s => s.TimeToRespond <= t7),
        });
    }

    /// <summary>
    /// The latest requests that show <paramref name="finding"/>: for a kind of request, those of that kind that
    /// resolved within the week (when the kind does better) or did not (when it stalls); for asks, those answered as
    /// the finding says.
    /// </summary>
    private async Task<IReadOnlyList<string>> ExamplesAsync(Window window, PatternFinding finding, CancellationToken cancellationToken)
    {
        var within = DigestDefinitions.SuccessWithin;
        var (fridayFrom, fridayTo) = FridayAfternoon;
        var cohort = Cohort(window);
        var ofKind = finding.Kind switch
        {
            PatternKind.DueDate => cohort.Where(r => r.DueAt != null),
            PatternKind.ManyStakeholders => cohort.Where(r => r.AskedOf >= ManyStakeholders),
            PatternKind.FridayAfternoon => cohort.Where(r => r.AskedLocalHour >= fridayFrom && r.AskedLocalHour < fridayTo),
            PatternKind.Channel => cohort.Where(r => r.Channel == finding.Subject),
            _ => null,
        };
        var asks = db.Stakeholders.Where(AnsweredAsFound(window, finding));
        var shown = ofKind is null
            ? cohort.Where(r => asks.Any(s => s.RequestId == r.Id))
            : finding.ExamplesSucceeded
                ? ofKind.Where(r => r.Status == RequestStatus.Resolved && r.TimeToClose <= within)
                : ofKind.Where(r => !(r.Status == RequestStatus.Resolved && r.TimeToClose <= within));
        var numbers = await shown.OrderByDescending(r => r.AskedAt).ThenByDescending(r => r.Number).Take(ExampleCount).Select(r => r.Number).ToListAsync(cancellationToken);
        return [.. numbers.Select(RequestKey.Format)];
    }

    /// <summary>An ask like those a finding about asks describes: answered at once in the fast hours, else nudged.</summary>
    private System.Linq.Expressions.Expression<Func<Stakeholder, bool>> AnsweredAsFound(Window window, PatternFinding finding)
    {
        var subject = finding.Subject;
        return finding.Kind switch
        {
            PatternKind.FastestHours when int.TryParse(subject, out var block) =>
                s => s.AskedLocalHour % 24 / AskGroup.BlockHours == block && s.RespondedAt != null && s.AttemptCount == 1,
            PatternKind.OffHours => s => s.AskedOffHours == true && s.AttemptCount > 1,
            PatternKind.SlowTeam => s => s.AttemptCount > 1
                && db.WorkTeams.Any(t => t.WorkspaceId == window.WorkspaceId && t.Name == subject && t.Members.Any(m => m.Id == s.PersonId)),
            PatternKind.SlowReport => s => s.AttemptCount > 1 && s.Person.DisplayName == subject,
            _ => s => false,
        };
    }

    private IQueryable<CoordinationRequest> Cohort(Window window) =>
        db.Requests.Where(r => r.WorkspaceId == window.WorkspaceId && r.AskedAt >= window.From && r.AskedAt < window.To && r.Status != RequestStatus.Cancelled);

    private IQueryable<Stakeholder> Asks(Window window) =>
        db.Stakeholders.Where(s => s.AskedAt >= window.From && s.AskedAt < window.To && s.Request.WorkspaceId == window.WorkspaceId
            && s.Request.Status != RequestStatus.Cancelled && s.State != StakeholderState.Redirected);

    private sealed record Window(Guid WorkspaceId, DateTimeOffset From, DateTimeOffset To);

    private sealed class SpreadRow<TKey>
    {
        public required TKey Key { get; init; }

        public int Asked { get; init; }

        public int BeforeNudge { get; init; }

        public int W0 { get; init; }

        public int W1 { get; init; }

        public int W2 { get; init; }

        public int W3 { get; init; }

        public int W4 { get; init; }

        public int W5 { get; init; }

        public int W6 { get; init; }

        public int W7 { get; init; }

        public ResponseSpread Spread => new(Asked, [W0, W1, W2, W3, W4, W5, W6, W7]);
    }
}
