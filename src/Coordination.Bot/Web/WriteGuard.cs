namespace Coordination.Bot.Web;

/// <summary>
/// What every write to the web pages' APIs must carry, so another site's page cannot write through a visitor's
/// browser: no cross-site <c>Origin</c> or <c>Sec-Fetch-Site</c> (403), a JSON body (415: a form or a
/// <c>text/plain</c> post is not one), and <see cref="RequestHeader"/>, which only a script of the same origin can
/// send (403). A request that gives the admin token itself needs no <see cref="RequestHeader"/>: no browser adds it on its own.
/// </summary>
public static class WriteGuard
{
    /// <summary>The header the pages' own scripts send with every write.</summary>
    public const string RequestHeader = "X-Coordination-Request";

    private static readonly string[] SameSite = ["same-origin", "none"];

    public static Refusal? Check(HttpContext http, bool tokenGiven)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        if (request.Headers["Sec-Fetch-Site"] is { Count: > 0 } site && !SameSite.Contains(site.ToString(), StringComparer.OrdinalIgnoreCase))
        {
            return Forbidden("Writes are taken from this site's own pages only.", $"Sec-Fetch-Site {site}");
        }

        if (request.Headers.Origin is { Count: > 0 } origin && !string.Equals(origin.ToString(), $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return Forbidden("Writes are taken from this site's own pages only.", "cross-site Origin");
        }

        if (!request.HasJsonContentType())
        {
            return new Refusal(Results.Json(new { error = "Send JSON (Content-Type: application/json)." }, statusCode: StatusCodes.Status415UnsupportedMediaType), "not JSON");
        }

        return tokenGiven || request.Headers.ContainsKey(RequestHeader)
            ? null
            : Forbidden($"Writes need the {RequestHeader} header, which this site's own pages send.", $"no {RequestHeader} header");
    }

    private static Refusal Forbidden(string error, string reason) =>
        new(Results.Json(new { error }, statusCode: StatusCodes.Status403Forbidden), reason);
}
