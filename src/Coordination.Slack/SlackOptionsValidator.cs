using Microsoft.Extensions.Options;

namespace Coordination.Slack;

/// <summary>Checks the <c>Slack:*</c> settings at start and names every key that is wrong.</summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        var hasToken = !string.IsNullOrWhiteSpace(options.BotToken);
        var hasClient = !string.IsNullOrWhiteSpace(options.ClientId) || !string.IsNullOrWhiteSpace(options.ClientSecret);
        if (!options.IsEnabled && (hasToken || hasClient))
        {
            failures.Add("Slack:SigningSecret (or Slack:AppToken for Socket Mode) is required when Slack:BotToken or Slack:ClientId is set (every request from Slack is verified with it).");
        }

        if (options.IsEnabled && !hasToken && (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret)))
        {
            failures.Add("Slack needs Slack:BotToken (one workspace) or both Slack:ClientId and Slack:ClientSecret (install into many).");
        }

        if (options.IsEnabled && options.IsMultiWorkspace && !IsRedirectUri(options.RedirectUri))
        {
            failures.Add("Slack:RedirectUri is required to install into many workspaces: the absolute https URL of /slack/oauth/callback registered with Slack (http only on loopback).");
        }

        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || !url.AbsolutePath.EndsWith('/'))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL ending in '/', such as https://slack.com/api/.");
        }

        AddSocketModeFailures(options, hasToken, failures);

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Slack:RequestTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Socket Mode: an app-level token, a sane number of connections, and the bot token to post with.</summary>
    private static void AddSocketModeFailures(SlackOptions options, bool hasToken, List<string> failures)
    {
        if (!options.IsSocketMode)
        {
            return;
        }

        if (!options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken must be an app-level token (xapp-…) with the connections:write scope.");
        }

        if (options.SocketConnections is < 1 or > 10)
        {
            failures.Add("Slack:SocketConnections must be between 1 and 10.");
        }

        if (!hasToken)
        {
            failures.Add("Slack:AppToken (Socket Mode) needs Slack:BotToken, the token the bot posts with.");
        }
    }

    private static bool IsRedirectUri(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && string.IsNullOrEmpty(uri.Fragment)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
