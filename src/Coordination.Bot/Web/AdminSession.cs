using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web;

/// <summary>
/// The web pages' sign-in, kept in a cookie that holds a Data Protection ticket (never the admin token): who signed
/// in, bound to the current <c>Web:AdminToken</c> (changing the token ends every session), for <see cref="Lifetime"/>.
/// The cookie is HttpOnly, SameSite=Strict, and Secure whenever the request came over HTTPS. Any way of signing in
/// (the admin token, or another) calls <see cref="SignIn"/>; <see cref="WebAccess"/> accepts whoever <see cref="Who"/> names.
/// </summary>
public sealed class AdminSession(IDataProtectionProvider protection, IOptions<WebOptions> options)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private const string Purpose = "Coordination.Web.AdminSession.v1";

    private ITimeLimitedDataProtector Protector => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    /// <summary>Starts a session for <paramref name="who"/> (such as <c>admin-token</c>, or a signed-in user's name).</summary>
    public void SignIn(HttpContext http, string who)
    {
        ArgumentNullException.ThrowIfNull(http);
        var ticket = Protector.Protect($"{Fingerprint()}\n{who}", Lifetime);
        http.Response.Cookies.Append(WebAccess.CookieName, ticket, SessionCookie(http));
    }

    public static void SignOut(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Delete(WebAccess.CookieName, SessionCookie(http));
    }

    /// <summary>Who the request's session belongs to; null without a cookie, or with one forged, expired or from an earlier admin token.</summary>
    public string? Who(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.Cookies[WebAccess.CookieName] is not { Length: > 0 } ticket)
        {
            return null;
        }

        try
        {
            var parts = Protector.Unprotect(ticket).Split('\n', 2);
            return parts.Length == 2 && parts[0] == Fingerprint() ? parts[1] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static CookieOptions SessionCookie(HttpContext http) =>
        new() { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/", MaxAge = Lifetime, IsEssential = true };

    private string Fingerprint() =>
        options.Value.AdminToken is { Length: > 0 } token && !string.IsNullOrWhiteSpace(token)
            ? Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("session:" + token.Trim())).AsSpan(0, 16))
            : "-";
}
