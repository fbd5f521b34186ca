using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Coordination.Bot.Options;
using Coordination.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Coordination.Bot.Web;

/// <summary>
/// The Data Protection key ring: kept in the database (so every instance shares it) and, with
/// <c>Web:KeyProtection:Certificate</c>, encrypted there with that certificate, so the database alone does not
/// decrypt the workspace tokens it holds. Data Protection's own log is silenced: it can name keys and their XML.
/// </summary>
public static class KeyRingProtection
{
    /// <summary>The logging category of Data Protection, filtered out at every level.</summary>
    public const string DataProtectionCategory = "Microsoft.AspNetCore.DataProtection";

    public static IServiceCollection AddCoordinationKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var keyRing = services.AddDataProtection().SetApplicationName("Coordination").PersistKeysToDbContext<CoordinationDbContext>();
        var protection = services.AddBoundOptions<WebOptions, WebOptionsValidator>(configuration, WebOptions.SectionName).KeyProtection;
        if (protection.IsConfigured && File.Exists(protection.Certificate))
        {
            keyRing.ProtectKeysWithCertificate(Load(protection));
        }

        services.AddLogging(logging => logging.AddFilter(DataProtectionCategory, LogLevel.None));
        services.AddHostedService<KeyRingNotice>();
        return services;
    }

    private static X509Certificate2 Load(KeyProtectionOptions protection)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(protection.Certificate!, protection.Password);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"{KeyProtectionOptions.CertificateKey} must hold the certificate's private key (a .pfx file).");
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"{KeyProtectionOptions.CertificateKey} could not be read (check Web:KeyProtection:Password): {e.Message}", e);
        }
    }
}
