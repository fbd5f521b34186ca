namespace Coordination.Bot.Web.SignIn;

/// <summary>
/// <c>Web:SignIn</c>: who may sign in to the dashboard, each seeing their own workspace only. A provider is on when its
/// <see cref="SignInProviderOptions.ClientId"/> is set; with neither on, the dashboard is guarded as before (loopback
/// or <c>Web:AdminToken</c>).
/// </summary>
public sealed class SignInOptions
{
    public const string SectionName = "Web:SignIn";

    /// <summary>Sign in with Slack (OpenID Connect), for Slack workspaces.</summary>
    public SignInProviderOptions Slack { get; set; } = new() { Authority = SignInProviders.SlackAuthority };

    /// <summary>Microsoft Entra ID, for Teams tenants (multi-tenant <c>organizations</c> by default).</summary>
    public SignInProviderOptions Entra { get; set; } = new() { Authority = SignInProviders.EntraAuthority };

    /// <summary>How long a session lasts with no visit (it slides while used).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    public bool Enabled => Slack.Enabled || Entra.Enabled;
}

/// <summary>One OpenID Connect provider's registration.</summary>
public sealed class SignInProviderOptions
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The issuer's address; its discovery document is at <c>/.well-known/openid-configuration</c> below it.</summary>
    public string? Authority { get; set; }

    /// <summary>The discovery document's address when it is not below <see cref="Authority"/>.</summary>
    public string? MetadataAddress { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(ClientId);
}
