namespace Coordination.Bot.Trackers;

/// <summary>
/// <c>GitHub:*</c>. <see cref="WebhookSecret"/> turns on <c>POST /hooks/github</c>; <see cref="Token"/> lets
/// <c>adr D-n owner/repo</c> open pull requests; <see cref="ApiUrl"/> points both at GitHub Enterprise (or a test fake).
/// </summary>
public sealed class GitHubOptions
{
    public const string SectionName = "GitHub";

    /// <summary>The secret GitHub signs deliveries with (<c>X-Hub-Signature-256</c>); without it the endpoint answers 404.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>A token allowed to push a branch and open pull requests in the repositories <c>adr</c> names.</summary>
    public string? Token { get; set; }

    /// <summary>The REST API's base (GitHub Enterprise: <c>https://ghe.example.com/api/v3/</c>); empty is api.github.com.</summary>
    public Uri? ApiUrl { get; set; }

    /// <summary>GitHub Enterprise hosts whose issue and pull request links <c>link</c> accepts, besides github.com.</summary>
    public IList<string> EnterpriseHosts { get; } = [];
}

/// <summary><c>Jira:*</c>: <see cref="WebhookSecret"/> turns on <c>POST /hooks/jira</c>.</summary>
public sealed class JiraOptions
{
    public const string SectionName = "Jira";

    /// <summary>The webhook's secret (<c>X-Hub-Signature</c>), or a Connect app's shared secret (<c>Authorization: JWT</c>).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The Connect app installation's client key: a JWT's <c>iss</c> must be it. Empty: JWTs are refused.</summary>
    public string? JwtIssuer { get; set; }
}

/// <summary><c>Linear:*</c>: <see cref="WebhookSecret"/> turns on <c>POST /hooks/linear</c>.</summary>
public sealed class LinearOptions
{
    public const string SectionName = "Linear";

    /// <summary>The webhook's signing secret (<c>Linear-Signature</c>).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How far a delivery's <c>webhookTimestamp</c> may be from now.</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromSeconds(60);
}
