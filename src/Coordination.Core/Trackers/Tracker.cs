namespace Coordination.Core.Trackers;

/// <summary>An issue tracker a request can be linked to.</summary>
public enum Tracker
{
    GitHub = 1,
    Jira = 2,
    Linear = 3,
}

/// <summary>The names people write for each tracker (<c>me github octocat</c>).</summary>
public static class TrackerNames
{
    public static string Of(Tracker tracker) => tracker switch
    {
        Tracker.GitHub => "GitHub",
        Tracker.Jira => "Jira",
        _ => "Linear",
    };

    public static bool TryParse(string? word, out Tracker tracker)
    {
        tracker = (word ?? string.Empty).ToLowerInvariant() switch
        {
            "github" or "gh" => Tracker.GitHub,
            "jira" => Tracker.Jira,
            "linear" => Tracker.Linear,
            _ => 0,
        };
        return tracker != 0;
    }
}
