using System.Globalization;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Home;
using Coordination.Core.Requests;

namespace Coordination.Slack.Outbound;

/// <summary>
/// A person's Home as the App Home tab's Block Kit view (<c>views.publish</c>). Every text a person wrote (titles,
/// decisions) goes through <see cref="SlackSafeText"/>; each section lists at most <see cref="HomeView.Listed"/> items
/// and counts the rest, so the view stays far below Slack's 100 blocks.
/// </summary>
public static class SlackHomeRenderer
{
    /// <summary>The view's <c>callback_id</c>, by which a press is known to come from the Home.</summary>
    public const string CallbackId = "coord-home";

    /// <summary>Each request's row of buttons: the prefix, then its key.</summary>
    public const string ActionsBlockPrefix = "coord-home:";

    /// <summary>Slack's limit on the blocks of one view.</summary>
    public const int MaxBlocks = 100;

    public static JsonObject Render(HomeView home, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(home);
        var blocks = new JsonArray();
        Header(blocks, "Waiting on you");
        WaitingOnYou(blocks, home.WaitingOnYou, now);
        Header(blocks, "You are waiting on");
        YouAreWaitingOn(blocks, home.YouAreWaitingOn);
        Header(blocks, "Decisions with open next steps you own");
        NextSteps(blocks, home.NextSteps);
        Header(blocks, "Your last 7 days");
        blocks.Add(Section(BlockKitRenderer.Truncate(SlackSafeText.Of(home.Figures), BlockKitRenderer.MaxSectionText)));
        blocks.Add(Context("Only you see these figures."));
        Header(blocks, "Settings");
        SlackHomeSettings.AddTo(blocks, home.Settings);
        return new JsonObject { ["type"] = "home", ["callback_id"] = CallbackId, ["blocks"] = blocks };
    }

    private static void WaitingOnYou(JsonArray blocks, HomeList<WaitingOnYou> list, DateTimeOffset now)
    {
        if (list.Total == 0)
        {
            blocks.Add(Section("Nothing is waiting on you."));
            return;
        }

        foreach (var item in list.Items)
        {
            var state = item.State switch
            {
                StakeholderState.Snoozed => " · snoozed",
                StakeholderState.Escalated => " · escalated",
                _ => string.Empty,
            };
            blocks.Add(Section(SlackSafeText.Of(
                $"*{item.Key}* {item.Title} · from {item.Requester.Token}, asked {Ago(now - item.AskedAt)}{state}")));
            blocks.Add(BlockKitRenderer.Actions(MessageButton.ForRequest(item.Key), ActionsBlockPrefix + item.Key));
        }

        More(blocks, list.More, "waiting on you");
    }

    private static void YouAreWaitingOn(JsonArray blocks, HomeList<YouAreWaitingOn> list)
    {
        if (list.Total == 0)
        {
            blocks.Add(Section("You are not waiting on anyone."));
            return;
        }

        foreach (var item in list.Items)
        {
            var who = item.NotAnswered.Count == 0 ? "everyone has answered" : "still waiting on " + Listing.And([.. item.NotAnswered.Select(m => m.Token)]);
            blocks.Add(Section(SlackSafeText.Of($"*{item.Key}* {item.Title} · {who}")));
        }

        More(blocks, list.More, "you are waiting on");
    }

    private static void NextSteps(JsonArray blocks, HomeList<HomeNextStep> list)
    {
        if (list.Total == 0)
        {
            blocks.Add(Section("No open next steps of yours."));
            return;
        }

        foreach (var step in list.Items)
        {
            blocks.Add(Section(SlackSafeText.Of($"*{step.DecisionKey}* {step.Decision}\n→ *{step.RequestKey}* {step.Step}")));
        }

        More(blocks, list.More, "open next steps");
    }

    private static void More(JsonArray blocks, int more, string what)
    {
        if (more > 0)
        {
            blocks.Add(Context(string.Create(CultureInfo.InvariantCulture, $"and {more} more {what}: `/coord list` shows them all.")));
        }
    }

    private static string Ago(TimeSpan age) => age.TotalDays >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalDays}d ago")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)age.TotalHours)}h ago");

    private static void Header(JsonArray blocks, string text)
    {
        if (blocks.Count > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "divider" });
        }

        blocks.Add(new JsonObject { ["type"] = "header", ["text"] = Plain(text) });
    }

    internal static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn },
    };

    internal static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn }),
    };

    internal static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };
}
