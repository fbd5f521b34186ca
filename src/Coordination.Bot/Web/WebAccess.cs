using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web;

/// <summary>
/// Who may open the bot's pages and their APIs. With no <c>Web:AdminToken</c>: loopback clients only (403 for
/// anyone else, in every environment). With one: whoever presents it, as <c>Authorization: Bearer …</c>, or once as
/// <c>?token=…</c>, which leaves an HttpOnly cookie for the pages that follow (401 without it).
/// </summary>
public static class WebAccess
{
    public const string CookieName = "coordination-admin";

    public static TBuilder RequireWebAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(CheckAsync);

    /// <summary>The check itself, for a filter that offers another way in first (the dashboard's sign-in).</summary>
    public static async ValueTask<object?> CheckAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var token = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.AdminToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            return http.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address)
                ? await next(context)
                : Results.Text("These pages answer this machine only. Set Web:AdminToken to serve them further.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (Presented(http) is not { } presented || !Matches(presented, token))
        {
            return Results.Text("Give the admin token: Authorization: Bearer <Web:AdminToken>, or ?token=<Web:AdminToken> once.", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (http.Request.Query.ContainsKey("token"))
        {
            http.Response.Cookies.Append(CookieName, presented, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/" });
        }

        return await next(context);
    }

    private static string? Presented(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return http.Request.Query.TryGetValue("token", out var query) ? query.ToString() : http.Request.Cookies[CookieName];
    }

    private static bool Matches(string presented, string token) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));
}
