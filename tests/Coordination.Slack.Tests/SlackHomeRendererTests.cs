using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Home;
using Coordination.Core.Requests;
using Coordination.Slack.Inbound;
using Coordination.Slack.Outbound;

namespace Coordination.Slack.Tests;

public sealed class SlackHomeRendererTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] BlockTypes = ["header", "divider", "section", "actions", "context"];

    [Fact]
    public void Render_ThirtyItemsInEachSection_StaysWithinSlacksHundredBlocksAndCountsTheRest()
    {
        var home = Home(30);

        var view = SlackHomeRenderer.Render(home, Now);

        Assert.InRange(view["blocks"]!.AsArray().Count, 1, SlackHomeRenderer.MaxBlocks);
        Assert.Contains("and 20 more waiting on you", view.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("home", view["type"]!.GetValue<string>());
    }

    [Fact]
    public void Render_ShapeOfTheDocumentedViewsPublishRequest_TypeHomeWithBlocks()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "webapi_views_publish_request.json")))!["view"]!;

        var view = SlackHomeRenderer.Render(Home(1), Now);

        Assert.Equal(sample["type"]!.GetValue<string>(), view["type"]!.GetValue<string>());
        Assert.All(view["blocks"]!.AsArray(), b => Assert.Contains(b!["type"]!.GetValue<string>(), BlockTypes));
    }

    [Fact]
    public void Render_TitleWithABroadcast_ShowsItAsWordsNotAPing()
    {
        var view = SlackHomeRenderer.Render(Home(1, "ping <!channel> now"), Now).ToJsonString();

        Assert.DoesNotContain("<!channel>", view, StringComparison.Ordinal);
    }

    [Fact]
    public void HomePress_WorkingDaysCheckboxes_SetWorkingDaysForThePresser()
    {
        var payload = Press(new JsonObject
        {
            ["action_id"] = HomeActions.WorkingDays, ["block_id"] = "home-days", ["type"] = "checkboxes",
            ["selected_options"] = new JsonArray(new JsonObject { ["value"] = "mon" }, new JsonObject { ["value"] = "tue" }),
        });

        var command = Assert.IsType<SetWorkingDaysCommand>(SlackInboundParser.FromBlockAction(payload));

        Assert.Equal(WorkingDays.Monday | WorkingDays.Tuesday, command.Days);
        Assert.Equal("UBOB", command.Context.Actor.PlatformUserId);
    }

    [Fact]
    public void HomePress_DelegatePickedWithTheDateInTheViewState_AwayUntilThatDayWithTheDelegate()
    {
        var payload = Press(
            new JsonObject { ["action_id"] = SlackHomeSettings.Delegate, ["block_id"] = "home-delegate", ["type"] = "users_select", ["selected_user"] = "UCAR" },
            new JsonObject { ["home-away"] = new JsonObject { [HomeActions.Away] = new JsonObject { ["type"] = "datepicker", ["selected_date"] = "2026-12-20" } } });

        var command = Assert.IsType<AwayCommand>(SlackInboundParser.FromBlockAction(payload));

        Assert.Equal(new DateOnly(2026, 12, 20), command.Until.On);
        Assert.Equal("UCAR", command.Delegate!.PlatformUserId);
    }

    private static BlockActionsPayload Press(JsonObject action, JsonObject? values = null)
    {
        var json = new JsonObject
        {
            ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = "T1" }, ["user"] = new JsonObject { ["id"] = "UBOB", ["name"] = "bob" },
            ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V1" },
            ["view"] = new JsonObject { ["id"] = "V1", ["type"] = "home", ["callback_id"] = SlackHomeRenderer.CallbackId, ["state"] = new JsonObject { ["values"] = values ?? [] } },
            ["actions"] = new JsonArray(action),
        };
        return BlockActionsPayload.ParseJson(JsonSerializer.SerializeToUtf8Bytes(json))!;
    }

    private static HomeView Home(int count, string title = "review the plan")
    {
        var bob = new Mention("UBOB", "Bob");
        var ann = new Mention("UANN", "Ann");
        var waiting = Enumerable.Range(1, count).Select(n => new WaitingOnYou(n, title, ann, Now.AddHours(-n), null, StakeholderState.Waiting)).ToList();
        var asked = Enumerable.Range(1, count).Select(n => new YouAreWaitingOn(100 + n, title, Now.AddHours(-n), [ann])).ToList();
        var steps = Enumerable.Range(1, count).Select(n => new HomeNextStep($"D-{n}", "ship it", $"CR-{200 + n}", title)).ToList();
        var settings = new HomeSettings(WorkingDays.Weekdays, "Europe/Berlin", null, null, MorningSummary: true, "09:00–18:00 on your working days");
        return new HomeView(bob, HomeList.Of(waiting), HomeList.Of(asked), HomeList.Of(steps), "*Your figures*", settings);
    }
}
