namespace Coordination.Bot.Web.SignIn;

/// <summary>The sign-in's schemes, cookie and addresses.</summary>
public static class SignInDefaults
{
    public const string CookieScheme = "coordination-signin";
    public const string CookieName = "coordination-signin";
    public const string SlackScheme = "slack";
    public const string EntraScheme = "entra";

    /// <summary>The page that offers the providers; <c>/signin/{scheme}</c> starts one; <c>/signin/{scheme}/callback</c> is its redirect URI.</summary>
    public const string Root = "/signin";

    public const string SignOutPath = "/signout";

    public static string StartPath(string scheme) => $"{Root}/{scheme}";

    public static string CallbackPath(string scheme) => $"{Root}/{scheme}/callback";
}
