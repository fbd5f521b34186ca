using System.Globalization;
using System.Text.RegularExpressions;
using Coordination.Bot.Digests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coordination.Bot.Api;

/// <summary><c>GET /api/v1/digest?week=2026-W49</c>: the figures the weekly digest shows, for an ISO week (UTC) or the seven days to now.</summary>
public static partial class DigestApi
{
    public static RouteGroupBuilder MapDigestApi(this RouteGroupBuilder api)
    {
        api.MapGet("/digest", GetAsync).WithName("GetDigest").WithSummary("The weekly digest's figures for an ISO week (week=2026-W49), or the last seven days").ProducesValidationProblem();
        return api;
    }

    public static async Task<Results<Ok<DigestResource>, ValidationProblem>> GetAsync(
        HttpContext http, DigestMetrics metrics, TimeProvider time, string? week, CancellationToken cancellationToken)
    {
        if (!TryWeek(week, time.GetUtcNow(), out var end, out var label))
        {
            return ApiProblems.Invalid("week", "week is an ISO week like 2026-W49.");
        }

        var report = await metrics.ComputeAsync(ApiCaller.Of(http).WorkspaceId, end, cancellationToken);
        var c = report.Current;
        return TypedResults.Ok(new DigestResource(
            label, (end - TimeSpan.FromDays(7)).UtcDateTime, end.UtcDateTime, c.Success.Value, c.FirstResponse.Value, c.MeetingFree.Value, c.DecisionSpeed?.TotalHours,
            c.DrivenToCompletion, c.Drivers, c.TeamsTouched, c.LongTermDecisions, c.DecisionsWithoutNextSteps,
            report.Open.Open, report.Open.Stalled, report.Open.Escalated, report.Satisfaction.Value, report.Patterns));
    }

    private static bool TryWeek(string? week, DateTimeOffset now, out DateTimeOffset end, out string label)
    {
        end = now;
        label = $"{ISOWeek.GetYear(now.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(now.UtcDateTime):00}";
        if (string.IsNullOrEmpty(week))
        {
            return true;
        }

        var match = WeekPattern().Match(week);
        if (!match.Success || !int.TryParse(match.Groups["year"].Value, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(match.Groups["week"].Value, CultureInfo.InvariantCulture, out var number) || year < 2000 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        end = new DateTimeOffset(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday).AddDays(7), TimeSpan.Zero);
        label = $"{year}-W{number:00}";
        return true;
    }

    [GeneratedRegex(@"^(?<year>\d{4})-W(?<week>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekPattern();
}
