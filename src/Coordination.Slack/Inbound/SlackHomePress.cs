using System.Text.Json;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Home;
using Coordination.Slack.Outbound;

namespace Coordination.Slack.Inbound;

/// <summary>
/// A press in the App Home tab (its container is the view, not a message): a request's button acts for the presser as
/// under the request's post; a setting's control becomes the command that changes that setting, for the presser only.
/// </summary>
public static class SlackHomePress
{
    public static bool IsFromHome(BlockActionsPayload payload) =>
        payload is { Type: BlockActionsPayload.BlockActions, View.CallbackId: SlackHomeRenderer.CallbackId };

    /// <summary>The command for the press; where it acts is the presser's direct messages with the bot.</summary>
    public static ChatCommand? ToCommand(BlockActionsPayload payload)
    {
        if (payload is not { Team.Id: { } team, User.Id: { } user, Actions: [{ ActionId: { } action } pressed, ..] })
        {
            return null;
        }

        var presser = new CommandContext(ChatPlatform.Slack, team, new PersonRef(user, payload.User.Name ?? payload.User.Username), new ThreadRef(user, null));
        return action switch
        {
            HomeActions.WorkingDays => ButtonPress.ToCommand(action, string.Join(',', (pressed.SelectedOptions ?? []).Select(o => o.Value)), presser),
            HomeActions.TimeZone => ButtonPress.ToCommand(action, pressed.SelectedOption?.Value, presser),
            HomeActions.Away => ButtonPress.ToCommand(action, Away(pressed.SelectedDate, Selected(payload, SlackHomeSettings.Delegate, "selected_user")), presser),
            SlackHomeSettings.Delegate => ButtonPress.ToCommand(HomeActions.Away, Away(Selected(payload, HomeActions.Away, "selected_date"), pressed.SelectedUser), presser),
            _ => ButtonPress.ToCommand(action, pressed.Value, presser),
        };
    }

    private static string Away(string? date, string? standIn) => standIn is null ? date ?? string.Empty : $"{date}|{standIn}";

    /// <summary>What the view's state holds for another control (<c>view.state.values[block][action][field]</c>).</summary>
    private static string? Selected(BlockActionsPayload payload, string actionId, string field)
    {
        if (payload.View?.State is not { ValueKind: JsonValueKind.Object } state
            || !state.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var block in values.EnumerateObject().Where(b => b.Value.ValueKind == JsonValueKind.Object))
        {
            if (block.Value.TryGetProperty(actionId, out var control) && control.ValueKind == JsonValueKind.Object
                && control.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }
}
