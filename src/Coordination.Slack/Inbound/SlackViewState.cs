using System.Text.Json;
using Coordination.Core.Chat;
using Coordination.Slack.Outbound;

namespace Coordination.Slack.Inbound;

/// <summary>
/// A submitted modal's <c>state.values</c> as values by action id (the form field's id), each in the format its
/// <see cref="FormFieldKind"/> submits; empty inputs are left out.
/// </summary>
public static class SlackViewState
{
    public static IReadOnlyDictionary<string, string> Values(JsonElement state)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (state.ValueKind != JsonValueKind.Object || !state.TryGetProperty("values", out var blocks) || blocks.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        foreach (var action in blocks.EnumerateObject().Where(b => b.Value.ValueKind == JsonValueKind.Object).SelectMany(b => b.Value.EnumerateObject()))
        {
            if (ValueOf(action.Value) is { Length: > 0 } value)
            {
                values[action.Name] = value;
            }
        }

        return values;
    }

    private static string? ValueOf(JsonElement element) => element.Str("type") switch
    {
        "plain_text_input" => element.Str("value"),
        "users_select" => element.Str("selected_user"),
        "multi_users_select" => Users(element),
        "datepicker" => element.Str("selected_date"),
        "radio_buttons" or "static_select" => element.TryGetProperty("selected_option", out var option) && option.ValueKind == JsonValueKind.Object ? option.Str("value") : null,
        "conversations_select" => element.Str("selected_conversation"),
        "checkboxes" => element.TryGetProperty("selected_options", out var options) && options.ValueKind == JsonValueKind.Array && options.GetArrayLength() > 0 ? "true" : null,
        "rich_text_input" => element.TryGetProperty("rich_text_value", out var rich) ? SlackRichText.ToText(rich) : null,
        _ => null,
    };

    /// <summary>A multi-select's users as one value: their ids separated by spaces (see <see cref="FormFieldKind.People"/>).</summary>
    private static string? Users(JsonElement element) =>
        element.TryGetProperty("selected_users", out var users) && users.ValueKind == JsonValueKind.Array
            ? FormValues.JoinPeople(users.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.String).Select(u => u.GetString()!))
            : null;
}
