using Microsoft.Extensions.Options;

namespace Coordination.Bot.Calendars.Graph;

/// <summary>The <c>Graph</c> section: reading Teams users' out-of-office and working hours from Microsoft Graph.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Read mailbox settings for Teams tenants (the tenant must grant the app <c>MailboxSettings.Read</c>). Defaults to <c>false</c>.</summary>
    public bool Enabled { get; set; }

    /// <summary>Defaults to <c>https://graph.microsoft.com/v1.0</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>The token endpoint, <c>{tenant}</c> replaced by the tenant id. Defaults to the Microsoft identity platform's.</summary>
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    /// <summary>How long "always on" automatic replies count as away before they are read again. Defaults to one day.</summary>
    public TimeSpan AlwaysOnAwayFor { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>Checks the <c>Graph</c> section at start.</summary>
public sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options) =>
        !options.Enabled ? ValidateOptionsResult.Success
        : !options.BaseUrl.IsAbsoluteUri ? ValidateOptionsResult.Fail("Graph:BaseUrl must be an absolute URL, for example https://graph.microsoft.com/v1.0.")
        : !options.TokenEndpoint.Contains("{tenant}", StringComparison.Ordinal) ? ValidateOptionsResult.Fail("Graph:TokenEndpoint must contain {tenant}, for example https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token.")
        : options.AlwaysOnAwayFor <= TimeSpan.Zero ? ValidateOptionsResult.Fail("Graph:AlwaysOnAwayFor must be positive, for example 1.00:00:00.")
        : ValidateOptionsResult.Success;
}
