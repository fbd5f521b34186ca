using Coordination.Slack;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web;

/// <summary>
/// Refuses to start in Production when Slack workspaces are installed by OAuth (their tokens are stored in the
/// database, encrypted with the Data Protection key ring) and the key ring itself is not protected.
/// </summary>
public sealed class KeyProtectionValidator(IHostEnvironment environment, IOptions<SlackOptions> slack) : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return environment.IsProduction() && StoresInstallationTokens(slack.Value) && !options.KeyProtection.IsConfigured
            ? ValidateOptionsResult.Fail(
                $"Set {KeyProtectionOptions.CertificateKey} (a .pfx file) and Web:KeyProtection:Password: with Slack:ClientId set, installed workspaces' tokens are stored in the database, and the key ring that encrypts them would sit there unencrypted.")
            : ValidateOptionsResult.Success;
    }

    private static bool StoresInstallationTokens(SlackOptions slack) => !string.IsNullOrWhiteSpace(slack.ClientId);
}
