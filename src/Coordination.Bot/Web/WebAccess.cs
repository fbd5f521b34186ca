using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web;

/// <summary>
/// Who may open the bot's pages and their APIs, as one endpoint filter on their route groups.
/// <list type="bullet">
/// <item>With no <c>Web:AdminToken</c>: loopback clients only (403 for anyone else), and only under a loopback host
/// name or address (400 otherwise: another site's name pointed at 127.0.0.1 is not served).</item>
/// <item>With one: whoever presents it as <c>Authorization: Bearer …</c>, or has a session (401 otherwise). The token
/// given once as <c>?token=…</c> starts a session (see <see cref="AdminSession"/>) and is answered with a redirect to
/// the same address without it.</item>
/// <item>Every write (any method but GET and HEAD) also passes <see cref="WriteGuard"/>.</item>
/// </list>
/// </summary>
public static class WebAccess
{
    public const string CookieName = "coordination-admin";

    public const string TokenQuery = "token";

    private const string TokenSession = "admin-token";

    public static TBuilder RequireWebAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(CheckAsync);

    /// <summary>The check itself, for a filter that offers another way in first (the dashboard's sign-in).</summary>
    public static async ValueTask<object?> CheckAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var refusal = Admit(http, out var bearer);
        refusal ??= IsRead(http.Request) ? null : WriteGuard.Check(http, bearer);
        if (refusal is not null)
        {
            Log.WebRequestRefused(Logger(http), http.Request.Method, http.Request.Path, refusal.Reason);
            return refusal.Result;
        }

        return http.Items.ContainsKey(TokenQuery) ? Results.Redirect(WithoutToken(http.Request)) : await next(context);
    }

    private static Refusal? Admit(HttpContext http, out bool bearer)
    {
        bearer = false;
        var token = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.AdminToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            return !IsLoopbackHost(http.Request.Host)
                ? new Refusal(Results.Text("These pages answer under this machine's own name only (localhost, 127.0.0.1, [::1]). Set Web:AdminToken to serve them under another.", statusCode: StatusCodes.Status400BadRequest), "not a loopback host name")
                : http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
                    ? null
                    : new Refusal(Results.Text("These pages answer this machine only. Set Web:AdminToken to serve them further.", statusCode: StatusCodes.Status403Forbidden), "not a loopback client");
        }

        return SignIn(http, token, out bearer)
            ? null
            : new Refusal(Results.Text("Give the admin token: Authorization: Bearer <Web:AdminToken>, or ?token=<Web:AdminToken> once.", statusCode: StatusCodes.Status401Unauthorized), "no valid admin token or session");
    }

    /// <summary>True when the request carries the token (as a bearer, or in the query: a read's starts a session) or a session; <paramref name="bearer"/> when the token itself was given.</summary>
    private static bool SignIn(HttpContext http, string token, out bool bearer)
    {
        var header = http.Request.Headers.Authorization.ToString();
        bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(header["Bearer ".Length..].Trim(), token);
        if (bearer)
        {
            return true;
        }

        var session = http.RequestServices.GetRequiredService<AdminSession>();
        if (http.Request.Query.TryGetValue(TokenQuery, out var query))
        {
            if (!Matches(query.ToString(), token))
            {
                return false;
            }

            if (IsRead(http.Request))
            {
                session.SignIn(http, TokenSession);
                http.Items[TokenQuery] = true;
            }

            bearer = true;
            return true;
        }

        return session.Who(http) is not null;
    }

    private static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

    internal static bool IsLoopbackHost(HostString host) =>
        host.HasValue && (string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || host.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Host, out var address) && IPAddress.IsLoopback(address)));

    private static string WithoutToken(HttpRequest request)
    {
        var rest = request.Query.Where(q => !string.Equals(q.Key, TokenQuery, StringComparison.OrdinalIgnoreCase));
        return request.PathBase + request.Path + QueryString.Create(rest);
    }

    private static bool Matches(string presented, string token) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebAccess).FullName!);
}

/// <summary>Why a request to the web pages is not served, and the answer it gets.</summary>
public sealed record Refusal(IResult Result, string Reason);
