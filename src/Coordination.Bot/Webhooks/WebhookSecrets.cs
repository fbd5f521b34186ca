using Microsoft.AspNetCore.DataProtection;

namespace Coordination.Bot.Webhooks;

/// <summary>Encrypts endpoint secrets at rest with the same Data Protection key ring as the bot tokens.</summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    public const string ProtectionPurpose = "Coordination.Webhooks.Secret";

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectionPurpose);

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string encrypted) => _protector.Unprotect(encrypted);
}
