using Coordination.Core.Chat;
using Coordination.Core.Home;

namespace Coordination.Bot.LocalChat;

/// <summary>A Home as the local page's script reads it: plain values (the script writes every text as text, never as markup).</summary>
public sealed record LocalHomeView(
    string Viewer,
    IReadOnlyList<LocalHomeItem> WaitingOnYou,
    int WaitingOnYouMore,
    IReadOnlyList<LocalHomeItem> YouAreWaitingOn,
    int YouAreWaitingOnMore,
    IReadOnlyList<LocalHomeItem> NextSteps,
    int NextStepsMore,
    string Figures,
    LocalHomeSettings Settings)
{
    public static LocalHomeView Of(HomeView home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return new(
            home.Viewer.DisplayName,
            [.. home.WaitingOnYou.Items.Select(w => new LocalHomeItem(w.Key, w.Title, $"from {w.Requester.DisplayName}", MessageButton.ForRequest(w.Key)))],
            home.WaitingOnYou.More,
            [.. home.YouAreWaitingOn.Items.Select(w => new LocalHomeItem(w.Key, w.Title, w.NotAnswered.Count == 0 ? "everyone has answered" : "still waiting on " + Listing.And([.. w.NotAnswered.Select(m => m.DisplayName)]), []))],
            home.YouAreWaitingOn.More,
            [.. home.NextSteps.Items.Select(s => new LocalHomeItem(s.RequestKey, s.Step, $"decision {s.DecisionKey}: {s.Decision}", []))],
            home.NextSteps.More,
            Plain(ChatText.WithoutDates(home.Figures)),
            LocalHomeSettings.Of(home.Settings));
    }

    /// <summary>The figures without their mrkdwn emphasis, which the panel shows as plain text.</summary>
    private static string Plain(string text) => string.Join('\n', text.Split('\n').Select(line => line.Replace("*", string.Empty, StringComparison.Ordinal).Trim('_')));
}

/// <summary>One line of a Home section: the request's key and title, a note (who asked, who is still silent), its buttons.</summary>
public sealed record LocalHomeItem(string Key, string Title, string Note, IReadOnlyList<MessageButton> Buttons);

/// <summary>The settings: each day with whether it is worked, the zone (and the zones offered), away, summary, window.</summary>
public sealed record LocalHomeSettings(
    IReadOnlyList<LocalHomeDay> Days, string TimeZone, IReadOnlyList<string> TimeZones, string? AwayUntil, string? Delegate, bool MorningSummary, string WorkingWindow)
{
    private static readonly string[] Zones = ["UTC", "Europe/London", "Europe/Berlin", "Europe/Paris", "America/New_York", "America/Chicago", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney"];

    public static LocalHomeSettings Of(HomeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(
            [.. HomeActions.Days.Select(d => new LocalHomeDay(d.Name, d.Label, (settings.WorkingDays & d.Day) != 0))],
            settings.TimeZoneId,
            Zones.Contains(settings.TimeZoneId) ? Zones : [settings.TimeZoneId, .. Zones],
            settings.AwayUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            settings.Delegate?.DisplayName,
            settings.MorningSummary,
            settings.WorkingWindow);
    }
}

public sealed record LocalHomeDay(string Name, string Label, bool Works);
