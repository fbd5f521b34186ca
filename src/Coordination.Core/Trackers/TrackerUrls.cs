using System.Globalization;
using System.Text.RegularExpressions;

namespace Coordination.Core.Trackers;

/// <summary>
/// Recognises links to tracker issues: GitHub issues and pull requests (<c>https://github.com/acme/api/issues/5</c>,
/// <c>/pull/5</c>, also on GitHub Enterprise hosts the configuration names), Jira issues
/// (<c>https://acme.atlassian.net/browse/KEY-12</c>) and Linear issues (<c>https://linear.app/acme/issue/ENG-12/…</c>).
/// </summary>
public static partial class TrackerUrls
{
    public const string GitHubHost = "github.com";
    public const string LinearHost = "linear.app";

    /// <summary>The issue <paramref name="text"/> links to (a bare URL, or Slack's <c>&lt;url&gt;</c> / <c>&lt;url|label&gt;</c>), or <c>null</c>.</summary>
    public static TrackerReference? Read(string? text, IReadOnlyCollection<string>? gitHubHosts = null)
    {
        var link = Unwrap(text);
        if (!Uri.TryCreate(link, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(url.UserInfo))
        {
            return null;
        }

        var host = url.Host.ToLowerInvariant();
        var path = url.AbsolutePath;
        if (host == GitHubHost || (gitHubHosts?.Contains(host, StringComparer.OrdinalIgnoreCase) ?? false))
        {
            return GitHubPath().Match(path) is { Success: true } gh && long.TryParse(gh.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? new(Tracker.GitHub, TrackerReference.GitHubKey($"{gh.Groups["owner"].Value}/{gh.Groups["repo"].Value}", n), Clean(url))
                : null;
        }

        if (host == LinearHost)
        {
            return LinearPath().Match(path) is { Success: true } linear ? new(Tracker.Linear, linear.Groups["key"].Value.ToUpperInvariant(), Clean(url)) : null;
        }

        return JiraPath().Match(path) is { Success: true } jira ? new(Tracker.Jira, jira.Groups["key"].Value.ToUpperInvariant(), Clean(url)) : null;
    }

    /// <summary>Every issue linked in <paramref name="text"/> (an ask's own words), each once.</summary>
    public static IReadOnlyList<TrackerReference> FindIn(string? text, IReadOnlyCollection<string>? gitHubHosts = null) =>
    [
        .. Candidate().Matches(text ?? string.Empty)
            .Select(match => Read(match.Value.TrimEnd('.', ',', ';', ')', '!', '?'), gitHubHosts))
            .OfType<TrackerReference>()
            .DistinctBy(reference => (reference.Tracker, reference.Key)),
    ];

    private static string Unwrap(string? text)
    {
        var link = (text ?? string.Empty).Trim();
        if (link.StartsWith('<') && link.EndsWith('>'))
        {
            link = link[1..^1];
            var bar = link.IndexOf('|', StringComparison.Ordinal);
            link = bar < 0 ? link : link[..bar];
        }

        return link;
    }

    private static Uri Clean(Uri url) => new UriBuilder(url) { Query = string.Empty, Fragment = string.Empty, Port = -1 }.Uri;

    [GeneratedRegex(@"^/(?<owner>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/(?<repo>[A-Za-z0-9._-]{1,100})/(?:issues|pull)/(?<n>\d{1,10})/?$", RegexOptions.CultureInvariant)]
    private static partial Regex GitHubPath();

    [GeneratedRegex(@"^/[A-Za-z0-9_-]+/issue/(?<key>[A-Za-z][A-Za-z0-9]{0,9}-\d{1,9})(?:/[^/]*)?/?$", RegexOptions.CultureInvariant)]
    private static partial Regex LinearPath();

    [GeneratedRegex(@"^(?:/jira)?/browse/(?<key>[A-Za-z][A-Za-z0-9_]{0,19}-\d{1,9})/?$", RegexOptions.CultureInvariant)]
    private static partial Regex JiraPath();

    [GeneratedRegex(@"https://[^\s<>|]+", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
