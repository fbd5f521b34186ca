using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Home;

namespace Coordination.Teams.Outbound;

/// <summary>
/// The "Waiting on you" card: a person's Home as an Adaptive Card for their personal chat. It carries a
/// <c>refresh</c> (<c>Action.Execute</c>, verb <c>home</c>) for the viewer's id only, so Teams fetches the card as it
/// stands whenever they look at it; its buttons are marked as pressed in the Home, which answers with the Home again.
/// </summary>
public static class AdaptiveHomeCard
{
    /// <summary>Set in the data of every action of the card: the answer to a press is the Home, not a request's card.</summary>
    public const string HomeData = "home";

    private static readonly IReadOnlySet<string> NoMentions = new HashSet<string>();

    public static JsonObject Render(HomeView home)
    {
        ArgumentNullException.ThrowIfNull(home);
        var body = new JsonArray(Text("Waiting on you", heading: true));
        foreach (var item in home.WaitingOnYou.Items)
        {
            body.Add(Text($"**{item.Key}** {item.Title} · from {item.Requester.DisplayName}"));
            body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. MessageButton.ForRequest(item.Key).Select(Action)]) });
        }

        Rest(body, home.WaitingOnYou.Total, home.WaitingOnYou.More, "Nothing is waiting on you.");
        body.Add(Text("You are waiting on", heading: true));
        foreach (var item in home.YouAreWaitingOn.Items)
        {
            var who = item.NotAnswered.Count == 0 ? "everyone has answered" : "still waiting on " + Listing.And([.. item.NotAnswered.Select(m => m.DisplayName)]);
            body.Add(Text($"**{item.Key}** {item.Title} · {who}"));
        }

        Rest(body, home.YouAreWaitingOn.Total, home.YouAreWaitingOn.More, "You are not waiting on anyone.");
        body.Add(Text("Decisions with open next steps you own", heading: true));
        foreach (var step in home.NextSteps.Items)
        {
            body.Add(Text($"**{step.DecisionKey}** {step.Decision} → **{step.RequestKey}** {step.Step}"));
        }

        Rest(body, home.NextSteps.Total, home.NextSteps.More, "No open next steps of yours.");
        return Card(home, body);
    }

    private static JsonObject Card(HomeView home, JsonArray body)
    {
        body.Add(Text("Your last 7 days", heading: true));
        body.Add(Text(home.Figures));
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = AdaptiveCardRenderer.CardSchema,
            ["version"] = AdaptiveCardRenderer.CardVersion,
            ["refresh"] = Refresh(home.Viewer),
            ["body"] = body,
            ["actions"] = new JsonArray(Action(new MessageButton(HomeActions.Show, "Refresh", HomeActions.Show))),
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
    }

    /// <summary>Teams fetches the card again (verb <c>home</c>) for the viewer alone; anyone else sees it as it was sent.</summary>
    private static JsonObject Refresh(Mention viewer) => new()
    {
        ["action"] = new JsonObject
        {
            ["type"] = "Action.Execute", ["title"] = "Refresh", ["verb"] = HomeActions.Show,
            ["data"] = new JsonObject { ["action"] = HomeActions.Show, ["key"] = HomeActions.Show, [HomeData] = true },
        },
        ["userIds"] = new JsonArray(viewer.PlatformUserId),
    };

    /// <summary>The card as a message activity to send into the personal chat.</summary>
    public static JsonObject Activity(HomeView home) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = AdaptiveCardRenderer.CardContentType, ["content"] = Render(home) }),
    };

    private static void Rest(JsonArray body, int total, int more, string none)
    {
        if (total == 0)
        {
            body.Add(Text(none));
        }
        else if (more > 0)
        {
            body.Add(Text($"and {more} more: `list` shows them all."));
        }
    }

    private static JsonObject Text(string text, bool heading = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = TeamsSafeText.Of(text, NoMentions), ["wrap"] = true };
        if (heading)
        {
            block["weight"] = "Bolder";
            block["size"] = "Medium";
        }

        return block;
    }

    private static JsonObject Action(MessageButton button) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = button.Label,
        ["verb"] = button.Action,
        ["data"] = new JsonObject { ["action"] = button.Action, ["key"] = button.Value, [HomeData] = true },
    };
}
