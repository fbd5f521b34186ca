using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web.SignIn;

/// <summary>Reports every mistake in <c>Web:SignIn</c> at start.</summary>
public sealed class SignInOptionsValidator : IValidateOptions<SignInOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, "Slack", options.Slack);
        Check(failures, "Entra", options.Entra);
        if (options.SessionLifetime <= TimeSpan.Zero)
        {
            failures.Add("Web:SignIn:SessionLifetime must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string provider, SignInProviderOptions options)
    {
        if (!options.Enabled)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add($"Web:SignIn:{provider}:ClientSecret is required with Web:SignIn:{provider}:ClientId.");
        }

        foreach (var (key, value) in new[] { ("Authority", options.Authority), ("MetadataAddress", options.MetadataAddress) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !IsSecureOrLoopback(value))
            {
                failures.Add($"Web:SignIn:{provider}:{key} must be an absolute https address (http only on loopback).");
            }
        }

        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            failures.Add($"Web:SignIn:{provider}:Authority is required.");
        }
    }

    internal static bool IsSecureOrLoopback(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
