using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Coordination.Bot.Web.SignIn;

/// <summary>
/// Entra's multi-tenant issuer: <c>https://login.microsoftonline.com/{tid}/v2.0</c>, the token's own tenant in it. The
/// discovery document of <c>organizations</c> names it only as a template, so the issuer is checked against the
/// token's <c>tid</c> here; with a tenant's own authority, the tenant must be that one.
/// </summary>
public static class EntraIssuer
{
    public static IssuerValidator For(string authority)
    {
        var uri = new Uri(authority);
        var root = uri.GetLeftPart(UriPartial.Authority);
        var segment = uri.AbsolutePath.Trim('/').Split('/')[0];
        var tenant = Guid.TryParse(segment, out var id) ? id.ToString("D") : null;
        return (issuer, token, parameters) =>
        {
            var tid = (token as JsonWebToken)?.TryGetPayloadValue<string>("tid", out var value) == true ? value : null;
            var valid = tid is not null && Guid.TryParse(tid, out _) && (tenant is null || string.Equals(tid, tenant, StringComparison.OrdinalIgnoreCase))
                && string.Equals(issuer, $"{root}/{tid}/v2.0", StringComparison.Ordinal);
            return valid ? issuer : throw new SecurityTokenInvalidIssuerException("The token's issuer is not its tenant's Entra issuer.");
        };
    }
}
