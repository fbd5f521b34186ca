using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web;

/// <summary>Says once at start, as a warning, that the key ring is stored unencrypted when no certificate protects it.</summary>
internal sealed class KeyRingNotice(IOptions<WebOptions> options, ILogger<KeyRingNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.KeyProtection.IsConfigured)
        {
            Log.KeyRingUnprotected(logger, KeyProtectionOptions.CertificateKey);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
