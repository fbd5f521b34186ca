using System.Security.Claims;
using Coordination.Core.Chat;

namespace Coordination.Bot.Web.SignIn;

/// <summary>
/// What the session keeps of a sign-in: the platform, the workspace's id on it (Slack team, Teams tenant), the person's
/// id there and their name. Nothing else of the id_token is kept, and no token.
/// </summary>
public sealed record SignInClaims(ChatPlatform Platform, string WorkspaceId, string UserId, string? Name)
{
    public const string PlatformType = "coordination/platform";
    public const string WorkspaceType = "coordination/workspace";
    public const string UserType = "coordination/user";
    public const string NameType = "name";

    public ClaimsPrincipal ToPrincipal()
    {
        List<Claim> claims = [new(PlatformType, Platform.ToString()), new(WorkspaceType, WorkspaceId), new(UserType, UserId)];
        if (!string.IsNullOrWhiteSpace(Name))
        {
            claims.Add(new Claim(NameType, Name));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, SignInDefaults.CookieScheme, NameType, null));
    }

    /// <summary>The signed-in person of a session, or <c>null</c> when the session does not say who.</summary>
    public static SignInClaims? From(ClaimsPrincipal? principal) =>
        (principal?.FindFirst(PlatformType)?.Value, principal?.FindFirst(WorkspaceType)?.Value, principal?.FindFirst(UserType)?.Value) is
            ({ } platform, { Length: > 0 } workspace, { Length: > 0 } user) && Enum.TryParse<ChatPlatform>(platform, out var parsed)
            ? new SignInClaims(parsed, workspace, user, principal!.FindFirst(NameType)?.Value)
            : null;
}
