using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Coordination.Bot.Web.SignIn;

/// <summary>
/// Keeps only who signed in (see <see cref="SignInClaims"/>), and turns every failed callback (unknown state, bad
/// signature, wrong nonce, a provider's error) into a 400 page that says to try again; never a 500.
/// </summary>
internal sealed class SignInEvents(Func<ClaimsPrincipal, SignInClaims?> map) : OpenIdConnectEvents
{
    public override Task TokenValidated(TokenValidatedContext context)
    {
        if (context.Principal is { } principal && map(principal) is { } who)
        {
            context.Principal = who.ToPrincipal();
        }
        else
        {
            context.Fail("The id_token names no workspace or person.");
        }

        return Task.CompletedTask;
    }

    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILogger<SignInOptions>>();
        Log.SignInFailed(logger, context.Scheme.Name, context.Failure?.GetType().Name ?? "unknown");
        context.HandleResponse();
        await SignInPages.FailedAsync(context.HttpContext);
    }

    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        Log.SignInStarted(context.HttpContext.RequestServices.GetRequiredService<ILogger<SignInOptions>>(), context.Scheme.Name);
        return Task.CompletedTask;
    }
}
