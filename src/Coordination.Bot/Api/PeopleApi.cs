using Coordination.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Api;

/// <summary><c>GET /api/v1/people</c>: everyone the workspace knows, by user id, paged by cursor.</summary>
public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        api.MapGet("/people", ListAsync).WithName("ListPeople").WithSummary("People the workspace knows, by user id, with their lead and time zone").ProducesValidationProblem();
        return api;
    }

    public static async Task<Results<Ok<ApiPage<PersonResource>>, ValidationProblem>> ListAsync(
        HttpContext http, CoordinationDbContext db, string? limit, string? cursor, CancellationToken cancellationToken)
    {
        if (!ApiCursor.TryLimit(limit, out var size) || !ApiCursor.TryDecode(cursor, out var after))
        {
            return ApiProblems.Invalid(!ApiCursor.TryLimit(limit, out _) ? "limit" : "cursor", $"limit is 1 to {ApiCursor.MaxLimit}; cursor is the nextCursor of the previous page, as it is.");
        }

        var caller = ApiCaller.Of(http);
        var query = db.People.AsNoTracking().Include(p => p.Lead).Where(p => p.WorkspaceId == caller.WorkspaceId);
        if (after is not null)
        {
            // EF translates only this overload; the database compares with the collation its ORDER BY uses, so pages meet.
#pragma warning disable CA1309
            query = query.Where(p => string.Compare(p.PlatformUserId, after.After) > 0);
#pragma warning restore CA1309
        }

        var rows = await query.OrderBy(p => p.PlatformUserId).Take(size + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(ApiPage.Of(http, rows, size, p => new ApiCursor(0, p.PlatformUserId), PersonResource.Of));
    }
}
