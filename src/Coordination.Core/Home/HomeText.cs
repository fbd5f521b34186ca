using System.Globalization;
using System.Text;
using Coordination.Core.Chat;

namespace Coordination.Core.Home;

/// <summary>A Home in a few lines of chat text, for the answer to <c>home</c> where no richer view is shown.</summary>
public static class HomeText
{
    public static string Compose(HomeView home)
    {
        ArgumentNullException.ThrowIfNull(home);
        var text = new StringBuilder("*Your Home*\n");
        Line(text, "Waiting on you", home.WaitingOnYou.Items.Select(w => $"*{w.Key}* {w.Title}"), home.WaitingOnYou.More);
        Line(text, "You are waiting on", home.YouAreWaitingOn.Items.Select(w => $"*{w.Key}* {w.Title}"), home.YouAreWaitingOn.More);
        Line(text, "Next steps you own", home.NextSteps.Items.Select(s => $"*{s.RequestKey}* {s.Step} ({s.DecisionKey})"), home.NextSteps.More);
        var settings = home.Settings;
        var days = string.Join(", ", HomeActions.Days.Where(d => (settings.WorkingDays & d.Day) != 0).Select(d => d.Label));
        text.Append(CultureInfo.InvariantCulture, $"Settings: working days {days}; time zone {settings.TimeZoneId}; morning summary {(settings.MorningSummary ? "on" : "off")}");
        if (settings.AwayUntil is { } until)
        {
            text.Append(CultureInfo.InvariantCulture, $"; away until {until:yyyy-MM-dd}");
        }

        return text.Append('.').ToString();
    }

    private static void Line(StringBuilder text, string title, IEnumerable<string> items, int more)
    {
        var listed = items.ToList();
        text.Append(title).Append(": ").Append(listed.Count == 0 ? "nothing" : string.Join("; ", listed));
        text.Append(more > 0 ? string.Create(CultureInfo.InvariantCulture, $" and {more} more\n") : "\n");
    }
}
