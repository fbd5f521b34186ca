using System.Net;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web;

/// <summary>Checks the <c>Web</c> section at start and names every key that is wrong.</summary>
public sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.AdminToken) && options.AdminToken.Trim().Length < WebOptions.MinTokenLength)
        {
            failures.Add($"Web:AdminToken must be at least {WebOptions.MinTokenLength} characters (or left unset to serve the pages to this machine only).");
        }

        failures.AddRange(options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).Select(p => $"Web:KnownProxies: '{p}' is not an IP address."));
        failures.AddRange(options.KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)).Select(n => $"Web:KnownNetworks: '{n}' is not a network in CIDR form (such as 10.0.0.0/8)."));
        if (options.KeyProtection.IsConfigured && !File.Exists(options.KeyProtection.Certificate))
        {
            failures.Add($"{KeyProtectionOptions.CertificateKey} names a file that does not exist.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
