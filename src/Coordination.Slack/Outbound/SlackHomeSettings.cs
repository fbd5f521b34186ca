using System.Globalization;
using System.Text.Json.Nodes;
using Coordination.Core.Home;

namespace Coordination.Slack.Outbound;

/// <summary>
/// The settings part of the Home tab: working days (checkboxes), time zone (a select), away until (a date picker) with
/// a delegate (a user select), the morning summary (a button that switches it) and the working window, read-only.
/// </summary>
public static class SlackHomeSettings
{
    /// <summary>The delegate's user select: Slack only, read with the date picker's value into one away setting.</summary>
    public const string Delegate = "home-delegate";

    /// <summary>The zones offered besides the viewer's own.</summary>
    private static readonly string[] Zones =
    [
        "UTC", "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Europe/Amsterdam",
        "Europe/Warsaw", "Europe/Helsinki", "Europe/Istanbul", "Africa/Johannesburg", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore",
        "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo", "America/New_York",
        "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Toronto",
    ];

    public static void AddTo(JsonArray blocks, HomeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(settings);
        var days = HomeActions.Days.Select(d => Option(d.Label, d.Name)).ToList();
        var ticked = HomeActions.Days.Where(d => (settings.WorkingDays & d.Day) != 0).Select(d => Option(d.Label, d.Name)).ToList();
        var daysBlock = Accessory("Working days", new JsonObject { ["type"] = "checkboxes", ["action_id"] = HomeActions.WorkingDays, ["options"] = new JsonArray([.. days]) });
        if (ticked.Count > 0)
        {
            daysBlock["accessory"]!["initial_options"] = new JsonArray([.. ticked]);
        }

        blocks.Add(daysBlock);
        var zones = Zones.Contains(settings.TimeZoneId) ? Zones : [settings.TimeZoneId, .. Zones];
        blocks.Add(Accessory("Time zone", new JsonObject
        {
            ["type"] = "static_select", ["action_id"] = HomeActions.TimeZone,
            ["options"] = new JsonArray([.. zones.Select(z => Option(z, z))]), ["initial_option"] = Option(settings.TimeZoneId, settings.TimeZoneId),
        }));
        AddAway(blocks, settings);
        var summary = settings.MorningSummary ? "on" : "off";
        blocks.Add(new JsonObject
        {
            ["type"] = "section", ["block_id"] = "home-summary",
            ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = $"*Morning summary:* {summary}" },
            ["accessory"] = Button(settings.MorningSummary ? "Turn it off" : "Turn it on", HomeActions.MorningSummary, settings.MorningSummary ? "off" : "on"),
        });
        blocks.Add(SlackHomeRenderer.Context($"Working hours: {settings.WorkingWindow} (change them with `/coord hours mon-fri 08:00-16:00`)."));
    }

    private static void AddAway(JsonArray blocks, HomeSettings settings)
    {
        var picker = new JsonObject { ["type"] = "datepicker", ["action_id"] = HomeActions.Away, ["placeholder"] = SlackHomeRenderer.Plain("Pick the day you are back") };
        if (settings.AwayUntil is { } until)
        {
            picker["initial_date"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        blocks.Add(Accessory(settings.AwayUntil is null ? "Away until" : "Away until (you are away now)", picker, "home-away"));
        var users = new JsonObject { ["type"] = "users_select", ["action_id"] = Delegate, ["placeholder"] = SlackHomeRenderer.Plain("Who stands in") };
        if (settings.Delegate is { } standIn)
        {
            users["initial_user"] = standIn.PlatformUserId;
        }

        blocks.Add(Accessory("Delegate while away", users, "home-delegate"));
        if (settings.AwayUntil is not null)
        {
            blocks.Add(new JsonObject { ["type"] = "actions", ["block_id"] = "home-back", ["elements"] = new JsonArray(Button("I'm back", HomeActions.Back, "back")) });
        }
    }

    private static JsonObject Accessory(string label, JsonObject element, string? blockId = null) => new()
    {
        ["type"] = "section",
        ["block_id"] = blockId ?? element["action_id"]!.GetValue<string>(),
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = $"*{label}*" },
        ["accessory"] = element,
    };

    private static JsonObject Option(string label, string value) => new() { ["text"] = SlackHomeRenderer.Plain(label), ["value"] = value };

    private static JsonObject Button(string label, string action, string value) =>
        new() { ["type"] = "button", ["action_id"] = action, ["value"] = value, ["text"] = SlackHomeRenderer.Plain(label) };
}
