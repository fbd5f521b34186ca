using Coordination.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Coordination.Bot.Api;

/// <summary>
/// Admits an API call that presents a live token of ours as <c>Authorization: Bearer …</c>; anything else is a 401
/// problem with <c>WWW-Authenticate: Bearer</c>. The token's workspace becomes the call's <see cref="ApiCaller"/>.
/// </summary>
public static class ApiTokenFilter
{
    /// <summary>How stale a token's "last used" may get before a call writes it again (so reads rarely write).</summary>
    private static readonly TimeSpan LastUsedGrain = TimeSpan.FromMinutes(1);

    public static async ValueTask<object?> CheckAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (await CallerAsync(http) is not { } caller)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiProblems.Unauthorized();
        }

        caller.Attach(http);
        return await next(context);
    }

    private static async Task<ApiCaller?> CallerAsync(HttpContext http)
    {
        var secret = Bearer(http.Request.Headers.Authorization.ToString());
        if (!ApiTokenSecret.LooksLikeOne(secret))
        {
            return null;
        }

        var db = http.RequestServices.GetRequiredService<CoordinationDbContext>();
        var hash = ApiTokenSecret.Hash(secret!);
        var found = await (
            from token in db.ApiTokens.AsNoTracking()
            where token.Hash == hash && token.RevokedAt == null
            join workspace in db.Workspaces on token.WorkspaceId equals workspace.Id
            select new { token.Id, token.Hash, token.CreatedById, token.LastUsedAt, workspace.Platform, workspace.ExternalId, WorkspaceId = workspace.Id })
            .SingleOrDefaultAsync(http.RequestAborted);
        if (found is null || !ApiTokenSecret.Matches(secret!, found.Hash))
        {
            return null;
        }

        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (found.LastUsedAt is not { } last || now - last >= LastUsedGrain)
        {
            await db.ApiTokens.Where(t => t.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), http.RequestAborted);
        }

        return new ApiCaller(found.WorkspaceId, found.Platform, found.ExternalId, found.Id, found.CreatedById);
    }

    private static string? Bearer(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}
