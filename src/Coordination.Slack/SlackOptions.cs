namespace Coordination.Slack;

/// <summary>The <c>Slack:*</c> settings. Slack is on when a signing secret (HTTP) or an app-level token (Socket Mode) is set.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Verifies every inbound request; without it every Slack endpoint answers 401.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Single-workspace mode: the bot token (<c>xoxb-…</c>) of the one workspace.</summary>
    public string? BotToken { get; set; }

    /// <summary>Multi-workspace mode: the app's OAuth client id and secret.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>
    /// Multi-workspace mode: the OAuth redirect URI registered with Slack (<c>https://…/slack/oauth/callback</c>). It is
    /// sent to Slack as configured, never built from the request's host.
    /// </summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>The Web API base address; tests point it at a fake on loopback.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>How long one Web API call may take before it counts as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Socket Mode: the app-level token (<c>xapp-…</c>, scope <c>connections:write</c>); no public URL needed.</summary>
    public string? AppToken { get; set; }

    /// <summary>How many Socket Mode connections to keep open, so a reconnect loses nothing.</summary>
    public int SocketConnections { get; set; } = 2;

    public bool IsSocketMode => !string.IsNullOrWhiteSpace(AppToken);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(SigningSecret) || IsSocketMode;

    public bool IsMultiWorkspace => string.IsNullOrWhiteSpace(BotToken) && !string.IsNullOrWhiteSpace(ClientId);
}
