using Coordination.Bot.Options;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web.SignIn;

public static class SignInServiceCollectionExtensions
{
    /// <summary>
    /// The dashboard's sign-in: its options, the session cookie and one OpenID Connect scheme per configured provider.
    /// No scheme is the default, so nothing but the dashboard and the sign-in addresses ever looks at a session.
    /// </summary>
    public static IServiceCollection AddDashboardSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddBoundOptions<SignInOptions, SignInOptionsValidator>(configuration, SignInOptions.SectionName);
        services.AddScoped<DashboardViewers>();

        // The handler traces the callback's address (with its code) below Information: never let that be written.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Authentication.OpenIdConnect", LogLevel.Information));
        var authentication = services.AddAuthentication().AddCookie(SignInDefaults.CookieScheme, ConfigureCookie);
        services.AddOptions<CookieAuthenticationOptions>(SignInDefaults.CookieScheme)
            .Configure<IOptions<SignInOptions>>((cookie, signIn) => cookie.ExpireTimeSpan = signIn.Value.SessionLifetime);
        if (options.Slack.Enabled)
        {
            authentication.AddOpenIdConnect(SignInDefaults.SlackScheme, "Slack", _ => { });
            Bind(services, SignInDefaults.SlackScheme, o => o.Slack, SignInProviders.FromSlack, null);
        }

        if (options.Entra.Enabled)
        {
            authentication.AddOpenIdConnect(SignInDefaults.EntraScheme, "Microsoft", _ => { });
            Bind(services, SignInDefaults.EntraScheme, o => o.Entra, SignInProviders.FromEntra, EntraIssuer.For);
        }

        return services;
    }

    private static void Bind(
        IServiceCollection services, string scheme, Func<SignInOptions, SignInProviderOptions> provider,
        Func<System.Security.Claims.ClaimsPrincipal, SignInClaims?> map, Func<string, Microsoft.IdentityModel.Tokens.IssuerValidator>? issuer) =>
        services.AddOptions<OpenIdConnectOptions>(scheme).Configure<IOptions<SignInOptions>>((oidc, signIn) =>
        {
            var settings = provider(signIn.Value);
            SignInProviders.Configure(oidc, scheme, settings, map);
            if (issuer is not null && settings.Authority is { } authority)
            {
                oidc.TokenValidationParameters.IssuerValidator = issuer(authority);
            }
        });

    private static void ConfigureCookie(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = SignInDefaults.CookieName;
        cookie.TimeProvider = TimeProvider.System; // a session ends by the real clock, whatever the app's clock says
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.Cookie.Path = "/";
        cookie.SlidingExpiration = true;
        cookie.LoginPath = SignInDefaults.Root;
    }
}
