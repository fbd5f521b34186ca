namespace Coordination.Core.Trackers;

/// <summary>
/// An issue (or pull request) in a tracker: its canonical key (<c>acme/api#5</c>, <c>KEY-12</c>, <c>ENG-12</c>), which
/// deliveries are matched by, and the link as written.
/// </summary>
public sealed record TrackerReference(Tracker Tracker, string Key, Uri Url)
{
    /// <summary>The link as people read it in the chat and the trail: host and path, without the scheme or a query.</summary>
    public string Display => Shown(Url);

    public static string Shown(Uri url) => (url.Host + url.AbsolutePath).TrimEnd('/');

    /// <summary>GitHub's key of an issue or pull request: <c>owner/repo#5</c>, lower case (GitHub's names ignore case).</summary>
    public static string GitHubKey(string fullName, long number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{fullName.ToLowerInvariant()}#{number}");
}
