using Microsoft.AspNetCore.Http.Extensions;

namespace Coordination.Bot.Api;

/// <summary>A page of a list and the cursor of the next one (<c>null</c> on the last page).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>Building pages: one more row than asked tells whether another page follows; its link goes in a <c>Link</c> header.</summary>
public static class ApiPage
{
    public static ApiPage<TItem> Of<TRow, TItem>(HttpContext http, IReadOnlyList<TRow> rows, int limit, Func<TRow, ApiCursor> cursorOf, Func<TRow, TItem> item)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(rows);
        var more = rows.Count > limit;
        var page = rows.Take(limit).ToList();
        var next = more ? cursorOf(page[^1]).Encode() : null;
        if (next is not null)
        {
            http.Response.Headers.Link = $"<{NextLink(http.Request, next)}>; rel=\"next\"";
        }

        return new ApiPage<TItem>([.. page.Select(item)], next);
    }

    private static string NextLink(HttpRequest request, string cursor)
    {
        var query = new QueryBuilder(request.Query.Where(q => q.Key != "cursor").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))))
        {
            { "cursor", cursor },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
