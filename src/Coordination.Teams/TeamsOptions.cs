namespace Coordination.Teams;

/// <summary>The <c>Teams:*</c> settings of the Azure Bot registration. Teams is on when an app id is set.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>Bot Framework's OpenID metadata, where the keys that sign inbound tokens are listed.</summary>
    public static readonly Uri BotFrameworkOpenIdMetadata = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The Microsoft App ID of the bot: the audience of inbound tokens and the client of outbound ones.</summary>
    public string? AppId { get; set; }

    /// <summary>The bot's client secret, for the outbound token.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The bot's home tenant; empty for a multi-tenant registration (outbound tokens then come from <c>botframework.com</c>).</summary>
    public string? TenantId { get; set; }

    public Uri OpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadata;

    /// <summary>Where the outbound token comes from; by default the Microsoft identity platform for <see cref="TenantId"/>.</summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>How long one connector call may take before it counts as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The members who may act on other people as workspace admins (set someone's lead, their absence, their teams):
    /// each an Entra ID (AAD) object id, or a Teams user id (<c>29:…</c>). Defaults to none. Bot Framework's roster names
    /// no team owners, so this list is the only source of Teams admins.
    /// </summary>
    public IList<string> Admins { get; } = [];

    /// <summary>Whether the member with <paramref name="userId"/> (and <paramref name="aadObjectId"/>) is listed in <see cref="Admins"/>.</summary>
    public bool IsAdmin(string? userId, string? aadObjectId) =>
        Admins.Any(a => !string.IsNullOrWhiteSpace(a)
            && (string.Equals(a.Trim(), userId, StringComparison.Ordinal) || string.Equals(a.Trim(), aadObjectId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Whether an accepted file may be uploaded to a loopback <c>http</c> address besides Teams' own SharePoint and
    /// OneDrive storage: for tests only; off by default.
    /// </summary>
    public bool AllowLoopbackFileUploads { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(AppId);

    /// <summary>The token endpoint in use: the configured one, else the identity platform's for the tenant.</summary>
    public Uri EffectiveTokenEndpoint => TokenEndpoint
        ?? new Uri($"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId)}/oauth2/v2.0/token");
}
