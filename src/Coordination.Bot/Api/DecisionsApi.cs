using System.Globalization;
using Coordination.Core.Decisions;
using Coordination.Core.Documentation;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Api;

/// <summary><c>GET /api/v1/decisions</c> (by cursor) and <c>GET /api/v1/decisions/{key}</c>.</summary>
public static class DecisionsApi
{
    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/decisions", ListAsync).WithName("ListDecisions").WithSummary("Decisions, newest first, with their next steps").ProducesValidationProblem();
        api.MapGet("/decisions/{key}", GetAsync).WithName("GetDecision").WithSummary("One decision (D-4 or 4)");
        api.MapGet("/decisions/{key}.md", MarkdownAsync).WithName("GetDecisionRecord").WithSummary("One decision as a Markdown architecture decision record (MADR)")
            .Produces<string>(StatusCodes.Status200OK, "text/markdown");
        return api;
    }

    public static async Task<Results<Ok<ApiPage<DecisionResource>>, ValidationProblem>> ListAsync(
        HttpContext http, CoordinationDbContext db, string? limit, string? cursor, CancellationToken cancellationToken)
    {
        if (!ApiCursor.TryLimit(limit, out var size) || !ApiCursor.TryDecode(cursor, out var after) || !int.TryParse(after?.After ?? "0", CultureInfo.InvariantCulture, out var number))
        {
            return ApiProblems.Invalid(!ApiCursor.TryLimit(limit, out _) ? "limit" : "cursor", $"limit is 1 to {ApiCursor.MaxLimit}; cursor is the nextCursor of the previous page, as it is.");
        }

        var caller = ApiCaller.Of(http);
        var query = Loaded(db).Where(d => d.WorkspaceId == caller.WorkspaceId);
        if (after is not null)
        {
            var at = new DateTimeOffset(after.Ticks, TimeSpan.Zero);
            query = query.Where(d => d.DecidedAt < at || (d.DecidedAt == at && d.Number < number));
        }

        var rows = await query.OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Number).Take(size + 1).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(ApiPage.Of(http, rows, size, d => new ApiCursor(d.DecidedAt.UtcTicks, d.Number.ToString(CultureInfo.InvariantCulture)), DecisionResource.Of));
    }

    public static async Task<Results<Ok<DecisionResource>, ProblemHttpResult>> GetAsync(HttpContext http, CoordinationDbContext db, string key, CancellationToken cancellationToken) =>
        await FindAsync(db, ApiCaller.Of(http), key, cancellationToken) is { } decision
            ? TypedResults.Ok(DecisionResource.Of(decision))
            : NotFound(key);

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> MarkdownAsync(HttpContext http, CoordinationDbContext db, string key, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.Of(http);
        if (await FindAsync(db, caller, key, cancellationToken) is not { } decision)
        {
            return NotFound(key);
        }

        var settles = decision.RequestId is { } id
            ? await db.Requests.AsNoTracking().Include(r => r.Requester).SingleOrDefaultAsync(r => r.Id == id && r.WorkspaceId == caller.WorkspaceId, cancellationToken)
            : null;
        var record = new AdrDocument(decision, settles);
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{record.FileName}\"";
        return TypedResults.Text(record.ToMarkdown(), "text/markdown; charset=utf-8");
    }

    /// <summary>The caller's workspace's decision by <paramref name="key"/> (<c>D-4</c> or <c>4</c>).</summary>
    public static async Task<Decision?> FindAsync(CoordinationDbContext db, ApiCaller caller, string key, CancellationToken cancellationToken) =>
        DecisionKey.TryParse(key, out var number) || (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0)
            ? await Loaded(db).AsSplitQuery().SingleOrDefaultAsync(d => d.WorkspaceId == caller.WorkspaceId && d.Number == number, cancellationToken)
            : null;

    public static ProblemHttpResult NotFound(string key) => ApiProblems.NotFound($"This workspace has no decision '{key}'.");

    private static IQueryable<Decision> Loaded(CoordinationDbContext db) =>
        db.Decisions.AsNoTracking().Include(d => d.DecidedBy).Include(d => d.Owner).Include(d => d.NextSteps).ThenInclude(r => r.Stakeholders).ThenInclude(s => s.Person);
}
