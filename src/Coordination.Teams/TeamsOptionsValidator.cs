using Microsoft.Extensions.Options;

namespace Coordination.Teams;

/// <summary>Checks the <c>Teams:*</c> settings at start and names every key that is wrong.</summary>
public sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        if (!options.IsEnabled)
        {
            return string.IsNullOrWhiteSpace(options.AppPassword)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Teams:AppId is required when Teams:AppPassword is set (inbound tokens are checked against it).");
        }

        if (!Guid.TryParse(options.AppId, out _))
        {
            failures.Add("Teams:AppId must be the bot's Microsoft App ID (a GUID).");
        }

        if (string.IsNullOrWhiteSpace(options.AppPassword))
        {
            failures.Add("Teams:AppPassword (the bot's client secret) is required to send messages.");
        }

        if (!string.IsNullOrWhiteSpace(options.TenantId) && !Guid.TryParse(options.TenantId, out _))
        {
            failures.Add("Teams:TenantId must be a tenant id (a GUID), or empty for a multi-tenant bot.");
        }

        failures.AddRange(UrlAndAdminProblems(options));
        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Teams:RequestTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>An endpoint that is not an absolute http(s) URL, and an empty entry in the admins' list.</summary>
    private static IEnumerable<string> UrlAndAdminProblems(TeamsOptions options) =>
        new[] { ("Teams:OpenIdMetadataUrl", options.OpenIdMetadataUrl), ("Teams:TokenEndpoint", options.TokenEndpoint) }
            .Where(u => u.Item2 is not null && !IsHttpUrl(u.Item2))
            .Select(u => $"{u.Item1} must be an absolute http(s) URL.")
            .Concat(options.Admins
                .Select((admin, i) => (admin, i))
                .Where(a => string.IsNullOrWhiteSpace(a.admin))
                .Select(a => $"Teams:Admins:{a.i} is empty: list Entra ID object ids or Teams user ids (29:…)."));

    private static bool IsHttpUrl(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
