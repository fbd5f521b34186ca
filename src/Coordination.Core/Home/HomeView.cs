using Coordination.Core.Chat;
using Coordination.Core.FollowUp;

namespace Coordination.Core.Home;

/// <summary>
/// What a person's Home shows them, and only them: what waits on them (oldest first), what they wait on, the next steps
/// of decisions they own, their own figures of the last 7 days and their settings. Each list holds at most
/// <see cref="Listed"/> items; its total says how many more there are.
/// </summary>
public sealed record HomeView(
    Mention Viewer,
    HomeList<WaitingOnYou> WaitingOnYou,
    HomeList<YouAreWaitingOn> YouAreWaitingOn,
    HomeList<HomeNextStep> NextSteps,
    string Figures,
    HomeSettings Settings)
{
    /// <summary>Items shown per section, so a Home stays within a platform's limits (Slack: 100 blocks a view).</summary>
    public const int Listed = 10;

    /// <summary>An empty Home for someone the bot has not met yet (a Teams user who has just added the app).</summary>
    public static HomeView Empty(Mention viewer, HomeSettings settings) =>
        new(viewer, HomeList.None<WaitingOnYou>(), HomeList.None<YouAreWaitingOn>(), HomeList.None<HomeNextStep>(), "No figures yet: nothing was asked of you or by you in the last 7 days.", settings);
}

/// <summary>The first items of a section and how many there are in all.</summary>
public sealed record HomeList<T>(IReadOnlyList<T> Items, int Total)
{
    /// <summary>How many were left out ("and N more").</summary>
    public int More => Total - Items.Count;
}

public static class HomeList
{
    public static HomeList<T> None<T>() => new([], 0);

    /// <summary>The first <see cref="HomeView.Listed"/> of <paramref name="all"/>, and how many there are.</summary>
    public static HomeList<T> Of<T>(IReadOnlyCollection<T> all) => new([.. all.Take(HomeView.Listed)], all.Count);
}

/// <summary>An open next step of a decision, owned by the viewer: the decision, and the request that carries the step.</summary>
public sealed record HomeNextStep(string DecisionKey, string Decision, string RequestKey, string Step);

/// <summary>
/// The viewer's own settings: the days they work, their zone, whether (until when, with whom standing in) they are away,
/// the morning summary, and the window nudges reach them in (read-only: working hours are not settable yet).
/// </summary>
public sealed record HomeSettings(
    WorkingDays WorkingDays, string TimeZoneId, DateOnly? AwayUntil, Mention? Delegate, bool MorningSummary, string WorkingWindow);
