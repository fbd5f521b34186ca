namespace Coordination.Bot.Web;

/// <summary>
/// The bot's own pages (the local chat at <c>/</c> and the dashboard at <c>/dashboard</c>). Without
/// <see cref="AdminToken"/> they answer loopback clients on loopback host names only; with it, every page and API asks for it.
/// </summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    public const int MinTokenLength = 16;

    /// <summary>The secret that opens the pages to clients beyond this machine (at least 16 characters).</summary>
    public string? AdminToken { get; set; }

    /// <summary>Addresses of reverse proxies whose <c>X-Forwarded-For</c>/<c>-Proto</c>/<c>-Host</c> are honoured (none by default).</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks (CIDR, such as <c>10.0.0.0/8</c>) of reverse proxies whose forwarded headers are honoured (none by default).</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>The local chat and its fake workspace: on by default only while no Slack or Teams is configured.</summary>
    public bool? LocalChat { get; set; }

    /// <summary>How the Data Protection key ring is protected at rest.</summary>
    public KeyProtectionOptions KeyProtection { get; set; } = new();

    /// <summary>Whether any proxy or network is trusted to forward client details.</summary>
    public bool TrustsProxies => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

/// <summary>The <c>Web:KeyProtection:*</c> settings: a certificate that encrypts the Data Protection keys stored in the database.</summary>
public sealed class KeyProtectionOptions
{
    public const string CertificateKey = "Web:KeyProtection:Certificate";

    /// <summary>Path of a .pfx file holding the certificate and its private key.</summary>
    public string? Certificate { get; set; }

    /// <summary>The .pfx file's password, if it has one.</summary>
    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Certificate);
}
