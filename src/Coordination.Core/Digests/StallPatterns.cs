using System.Globalization;

namespace Coordination.Core.Digests;

/// <summary>
/// Finds, in an aggregated history, what stalls coordination and what gets it answered, and says it in plain
/// sentences with their numbers. A pattern is said only when every group it compares has
/// <see cref="MinSample"/> items and the groups differ by <see cref="MinRatio"/> or more; otherwise the question
/// is listed as not having enough data yet.
/// </summary>
public static class StallPatterns
{
    public const int MinSample = 10;

    public const double MinRatio = 1.5;

    /// <summary>Requests asked of this many people or more count as having many stakeholders.</summary>
    public const int ManyStakeholders = 4;

    /// <summary>How far back the patterns look: asks in these weeks, ending a week ago so each had a week to settle.</summary>
    public const int Weeks = 12;

    /// <summary>Friday from 12:00 to midnight, as hours of the week (Monday 00:00 is 0).</summary>
    public static readonly (int From, int To) FridayAfternoon = ((4 * 24) + 12, 5 * 24);

    /// <summary>The strongest patterns first; <paramref name="channelName"/> writes a channel as its readers know it.</summary>
    public static PatternAnalysis Analyze(PatternHistory history, Func<string, string> channelName)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(channelName);
        var found = new List<PatternFinding>();
        var missing = new List<string>();
        void Add(PatternFinding? finding, string question, bool enough)
        {
            if (finding is not null)
            {
                found.Add(finding);
            }
            else if (!enough)
            {
                missing.Add(question);
            }
        }

        var requests = history.Requests;
        Add(RequestRate(PatternKind.DueDate, "Requests with a due date", "those without", requests, g => g.HasDueDate, out var enough), "due dates", enough);
        Add(RequestRate(PatternKind.ManyStakeholders, $"Requests asked of {ManyStakeholders} or more people", "those asked of fewer", requests, g => g.ManyStakeholders, out enough), "requests with many stakeholders", enough);
        Add(RequestRate(PatternKind.FridayAfternoon, "Requests asked on a Friday afternoon", "those asked at other times", requests, g => g.FridayAfternoon, out enough), "Friday-afternoon asks", enough);
        Add(WorstChannel(requests, channelName, out enough), "channels", enough);
        Add(OffHours(history.Asks, out enough), "asks outside working hours", enough);
        Add(FastestHours(history.Asks, out enough), "the hours that get the fastest answers", enough);
        var workspace = ResponseSpread.Sum(history.Asks.Select(a => a.Spread));
        Add(Slowest(PatternKind.SlowTeam, history.Teams, workspace, "{0} answers slowest", out enough), "team response times (name teams with `/coord team`)", enough);
        if (history.Reports.Count > 0)
        {
            Add(Slowest(PatternKind.SlowReport, history.Reports, workspace, "Of your reports, {0} answers slowest", out enough), "your reports' response times", enough);
        }

        return new PatternAnalysis([.. found.OrderByDescending(f => f.Strength)], missing);
    }

    /// <summary>Requests with <paramref name="has"/> against the rest: which resolve within 7 days more often.</summary>
    private static PatternFinding? RequestRate(
        PatternKind kind, string subject, string others, IReadOnlyList<RequestGroup> groups, Func<RequestGroup, bool> has, out bool enough)
    {
        var with = Total(groups.Where(has).Select(g => g.ResolvedInWeek));
        var without = Total(groups.Where(g => !has(g)).Select(g => g.ResolvedInWeek));
        return Compare(kind, subject, "resolve within 7 days", others, with, without, out enough);
    }

    /// <summary>The channel whose requests resolve least often against everywhere else, when it stands out.</summary>
    private static PatternFinding? WorstChannel(IReadOnlyList<RequestGroup> groups, Func<string, string> channelName, out bool enough)
    {
        enough = false;
        var all = Total(groups.Select(g => g.ResolvedInWeek));
        PatternFinding? worst = null;
        foreach (var channel in groups.GroupBy(g => g.Channel, StringComparer.Ordinal))
        {
            var here = Total(channel.Select(g => g.ResolvedInWeek));
            var rest = new Rate(all.Hits - here.Hits, all.Total - here.Total);
            var finding = Compare(PatternKind.Channel, $"Requests in {channelName(channel.Key)}", "resolve within 7 days", "those elsewhere", here, rest, out var sized);
            enough |= sized;
            if (finding is not null && here.Value < rest.Value && (worst is null || finding.Strength > worst.Strength))
            {
                worst = finding with { Subject = channel.Key };
            }
        }

        return worst;
    }

    private static PatternFinding? OffHours(IReadOnlyList<AskGroup> asks, out bool enough)
    {
        var off = Total(asks.Where(a => a.OffHours == true).Select(a => a.AnsweredBeforeNudge));
        var on = Total(asks.Where(a => a.OffHours == false).Select(a => a.AnsweredBeforeNudge));
        var (start, end) = Core.FollowUp.PersonCalendar.WorkingHours;
        return Compare(
            PatternKind.OffHours, $"Asks that reach people outside their working hours ({Clock(start)}–{Clock(end)} on their working days)",
            "get an answer before any nudge", "asks within them", off, on, out enough);
    }

    /// <summary>The three hours of the recipient's day whose asks get answered fastest, against the slowest.</summary>
    private static PatternFinding? FastestHours(IReadOnlyList<AskGroup> asks, out bool enough)
    {
        var blocks = asks.Where(a => a.Block is not null).GroupBy(a => a.Block!.Value)
            .Select(g => (Block: g.Key, Spread: ResponseSpread.Sum(g.Select(a => a.Spread))))
            .Where(b => b.Spread.Asked >= MinSample).ToList();
        enough = blocks.Count >= 2;
        if (!enough)
        {
            return null;
        }

        var fast = blocks.OrderBy(b => b.Spread.MedianBound).ThenByDescending(b => b.Spread.Asked).First();
        var slow = blocks.OrderByDescending(b => b.Spread.MedianBound).ThenByDescending(b => b.Spread.Asked).First();
        if (fast.Spread.MedianBound >= slow.Spread.MedianBound)
        {
            return null;
        }

        var sentence = $"Asks that reach people {Hours(fast.Block)} of their day get the fastest answers: median first response {fast.Spread.Median} ({fast.Spread.Asked} asks), "
            + $"against {slow.Spread.Median} for asks reaching them {Hours(slow.Block)} ({slow.Spread.Asked}).";
        return new PatternFinding(PatternKind.FastestHours, Ratio(slow.Spread, fast.Spread), sentence, fast.Block.ToString(CultureInfo.InvariantCulture)) { ExamplesSucceeded = true };
    }

    /// <summary>The slowest of <paramref name="named"/> to give a first answer, when slower than the workspace as a whole.</summary>
    private static PatternFinding? Slowest(PatternKind kind, IReadOnlyList<NamedSpread> named, ResponseSpread workspace, string subject, out bool enough)
    {
        var sized = named.Where(n => n.Spread.Asked >= MinSample).ToList();
        enough = sized.Count > 0 && workspace.Asked >= MinSample;
        if (!enough)
        {
            return null;
        }

        var slowest = sized.OrderByDescending(n => n.Spread.MedianBound).ThenByDescending(n => n.Spread.Asked).First();
        if (slowest.Spread.MedianBound <= workspace.MedianBound)
        {
            return null;
        }

        var sentence = string.Format(CultureInfo.InvariantCulture, subject, slowest.Name)
            + $": median first response {slowest.Spread.Median} over {slowest.Spread.Asked} asks, against {workspace.Median} across the workspace.";
        return new PatternFinding(kind, Ratio(slowest.Spread, workspace), sentence, slowest.Name);
    }

    /// <summary>
    /// <c>Subject verb 2.1× as often as others: 64% of 40 against 30% of 85.</c> when both sides have enough items
    /// and differ by <see cref="MinRatio"/>; <paramref name="enough"/> says whether the sizes allowed a comparison.
    /// </summary>
    private static PatternFinding? Compare(PatternKind kind, string subject, string verb, string others, Rate with, Rate without, out bool enough)
    {
        enough = with.Total >= MinSample && without.Total >= MinSample;
        if (!enough || with.Value is not { } a || without.Value is not { } b || Math.Max(a, b) == 0)
        {
            return null;
        }

        var ratio = Math.Min(a, b) == 0 ? double.PositiveInfinity : Math.Max(a, b) / Math.Min(a, b);
        if (ratio < MinRatio)
        {
            return null;
        }

        var often = (double.IsPositiveInfinity(ratio), a > b) switch
        {
            (true, true) => "far more often than",
            (true, false) => "far less often than",
            (false, true) => $"{ratio.ToString("0.0", CultureInfo.InvariantCulture)}× as often as",
            (false, false) => $"{ratio.ToString("0.0", CultureInfo.InvariantCulture)}× less often than",
        };
        var sentence = $"{subject} {verb} {often} {others}: {DigestText.Percent(a)} of {with.Total} against {DigestText.Percent(b)} of {without.Total}.";
        return new PatternFinding(kind, Math.Min(ratio, 10), sentence) { ExamplesSucceeded = a > b };
    }

    private static double Ratio(ResponseSpread slow, ResponseSpread fast) => slow.MedianBound!.Value / fast.MedianBound!.Value;

    private static Rate Total(IEnumerable<Rate> rates) =>
        rates.Aggregate(Rate.None, (sum, rate) => new Rate(sum.Hits + rate.Hits, sum.Total + rate.Total));

    /// <summary><c>between 09:00 and 12:00</c> for block 3.</summary>
    public static string Hours(int block) =>
        $"between {Clock(new TimeOnly(block * AskGroup.BlockHours, 0))} and {Clock(new TimeOnly((block + 1) * AskGroup.BlockHours % 24, 0))}";

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
