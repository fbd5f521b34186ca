using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Home;
using Coordination.Core.Requests;
using Coordination.Teams.Outbound;

namespace Coordination.Teams.Tests.Outbound;

public sealed class AdaptiveHomeCardTests
{
    [Fact]
    public void Render_RefreshAsTheDocumentedUserSpecificView_ExecuteVerbHomeForTheViewerOnly()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "card-user-specific-view-refresh-userids.json")))!;

        var card = AdaptiveHomeCard.Render(Home());

        Assert.Equal(sample["refresh"]!["action"]!["type"]!.GetValue<string>(), card["refresh"]!["action"]!["type"]!.GetValue<string>());
        Assert.Equal("home", card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(["29:bob"], card["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
    }

    [Fact]
    public void Activity_WrapsTheCardAsTheDocumentedInvokeResponseCarriesIt()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "invoke-response-adaptivecard-action-card.json")))!;

        var activity = AdaptiveHomeCard.Activity(Home());

        Assert.Equal(sample["type"]!.GetValue<string>(), activity["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", activity["attachments"]![0]!["content"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Render_RequestButtons_MarkedAsFromTheHome()
    {
        var card = AdaptiveHomeCard.Render(Home());

        var set = card["body"]!.AsArray().First(b => b!["type"]!.GetValue<string>() == "ActionSet")!;
        Assert.All(set["actions"]!.AsArray(), a => Assert.True(a!["data"]![AdaptiveHomeCard.HomeData]!.GetValue<bool>()));
        Assert.Equal("CR-1", set["actions"]![0]!["data"]!["key"]!.GetValue<string>());
    }

    private static HomeView Home()
    {
        var now = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
        var waiting = new List<WaitingOnYou> { new(1, "review the plan", new Mention("29:ann", "Ann"), now.AddHours(-3), null, StakeholderState.Waiting) };
        var settings = new HomeSettings(WorkingDays.Weekdays, "UTC", null, null, MorningSummary: true, "09:00–18:00");
        return HomeView.Empty(new Mention("29:bob", "Bob"), settings) with { WaitingOnYou = HomeList.Of(waiting) };
    }
}
