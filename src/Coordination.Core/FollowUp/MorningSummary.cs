using System.Globalization;
using System.Text;
using Coordination.Core.Chat;
using Coordination.Core.Requests;

namespace Coordination.Core.FollowUp;

/// <summary>A request waiting on the reader: what, who asked and since when (of the reader), by when, and how far the rule has got.</summary>
public sealed record WaitingOnYou(int Number, string Title, Mention Requester, DateTimeOffset AskedAt, DateTimeOffset? DueAt, StakeholderState State)
{
    public string Key => RequestKey.Format(Number);
}

/// <summary>A request the reader asked and that is still open, with who has not answered it (nobody: everyone has).</summary>
public sealed record YouAreWaitingOn(int Number, string Title, DateTimeOffset AskedAt, IReadOnlyList<Mention> NotAnswered)
{
    public string Key => RequestKey.Format(Number);
}

/// <summary>
/// The morning summary: one direct message instead of many pings, with what is waiting on the reader (oldest first,
/// the first few with their buttons) and what the reader is waiting on.
/// </summary>
public static class MorningSummary
{
    /// <summary>Requests that get buttons; each is a row of its own, so a platform's limit per row is never reached.</summary>
    public const int ItemsWithButtons = 5;

    /// <summary>Requests listed waiting on the reader; the rest are counted.</summary>
    public const int ListedWaitingOnYou = 15;

    /// <summary>Requests listed that the reader is waiting on; the rest are counted.</summary>
    public const int ListedYouAreWaitingOn = 10;

    /// <summary>Whether there is anything to say: a summary with nothing in it is not sent.</summary>
    public static bool HasContent(IReadOnlyCollection<WaitingOnYou> onYou, IReadOnlyCollection<YouAreWaitingOn> onOthers) =>
        onYou.Count > 0 || onOthers.Count > 0;

    public static OutgoingMessage Compose(
        Workspace workspace, Person reader, IEnumerable<WaitingOnYou> onYou, IEnumerable<YouAreWaitingOn> onOthers, DateTimeOffset now, FollowUpSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(reader);
        var waiting = onYou.OrderBy(w => w.AskedAt).ThenBy(w => w.Number).ToList();
        var asked = onOthers.OrderBy(w => w.AskedAt).ThenBy(w => w.Number).ToList();
        var text = new StringBuilder($"Good morning, {reader.Mention.Token}. ");
        AppendWaitingOnYou(text, waiting, reader, now, schedule);
        AppendYouAreWaitingOn(text, asked, now);
        if (waiting.Count > ItemsWithButtons)
        {
            text.Append(CultureInfo.InvariantCulture, $"The buttons answer the oldest {ItemsWithButtons}. ");
        }

        text.Append("Nudges still come in each request's thread. To stop this message: `/coord summary off`.");

        var mentions = waiting.Select(w => w.Requester).Concat(asked.SelectMany(a => a.NotAnswered)).Prepend(reader.Mention)
            .DistinctBy(m => m.PlatformUserId, StringComparer.Ordinal).ToList();
        var buttons = waiting.Take(ItemsWithButtons)
            .SelectMany(w => MessageButton.ForListedRequest(w.Key, snooze: w.State != StakeholderState.Escalated)).ToList();
        return new OutgoingMessage(workspace.Platform, workspace.ExternalId, MessageDestination.DirectTo(reader.PlatformUserId), text.ToString(), mentions, buttons);
    }

    private static void AppendWaitingOnYou(StringBuilder text, List<WaitingOnYou> waiting, Person reader, DateTimeOffset now, FollowUpSchedule schedule)
    {
        if (waiting.Count == 0)
        {
            text.Append("Nothing is waiting on you today.\n\n");
            return;
        }

        text.Append(waiting.Count == 1 ? "1 request is waiting on you:\n" : $"{waiting.Count} requests are waiting on you, oldest first:\n");
        foreach (var item in waiting.Take(ListedWaitingOnYou))
        {
            text.Append(CultureInfo.InvariantCulture, $"• *{item.Key}* {item.Title} · from {item.Requester.Token}, asked {Ago(now - item.AskedAt)}")
                .Append(Due(item.DueAt, reader, now, schedule))
                .Append(item.State switch
                {
                    StakeholderState.Snoozed => " · snoozed",
                    StakeholderState.Escalated => " · escalated",
                    _ => string.Empty,
                })
                .Append('\n');
        }

        More(text, waiting.Count - ListedWaitingOnYou, "`/coord list waiting`");
        text.Append('\n');
    }

    private static void AppendYouAreWaitingOn(StringBuilder text, List<YouAreWaitingOn> asked, DateTimeOffset now)
    {
        if (asked.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"You are waiting on {asked.Count} {(asked.Count == 1 ? "request" : "requests")} of yours:\n");
        foreach (var item in asked.Take(ListedYouAreWaitingOn))
        {
            var state = item.NotAnswered.Count == 0
                ? $"everyone has answered: close it with `/coord resolve {item.Key}`"
                : $"no answer yet from {string.Join(", ", item.NotAnswered.Select(m => m.Token))}";
            text.Append(CultureInfo.InvariantCulture, $"• *{item.Key}* {item.Title} · {state} · asked {Ago(now - item.AskedAt)}\n");
        }

        More(text, asked.Count - ListedYouAreWaitingOn, "`/coord list mine`");
        text.Append('\n');
    }

    private static void More(StringBuilder text, int more, string command)
    {
        if (more > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"• …and {more} more: {command}\n");
        }
    }

    private static string Due(DateTimeOffset? due, Person reader, DateTimeOffset now, FollowUpSchedule schedule) => due switch
    {
        null => string.Empty,
        { } at when at < now => $" · overdue since {FollowUpMessages.Day(at, reader, schedule)}",
        { } at => $" · due {FollowUpMessages.Day(at, reader, schedule, now)}",
    };

    /// <summary>How long ago, in the largest unit that reads naturally: "5 hours ago", "3 days ago", "2 weeks ago".</summary>
    public static string Ago(TimeSpan span) => span switch
    {
        { TotalHours: < 1 } => "less than an hour ago",
        { TotalDays: < 1 } => Count((int)span.TotalHours, "hour") + " ago",
        { TotalDays: < 14 } => Count((int)span.TotalDays, "day") + " ago",
        _ => Count((int)(span.TotalDays / 7), "week") + " ago",
    };

    private static string Count(int amount, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount} {unit}{(amount == 1 ? string.Empty : "s")}");
}
