using System.Text.Json;

namespace Coordination.Slack.Inbound;

/// <summary>The fields of a slash command the bot uses (Slack posts them form-encoded).</summary>
public sealed record SlashCommandPayload(
    string TeamId,
    string? EnterpriseId,
    string ChannelId,
    string UserId,
    string? UserName,
    string Command,
    string Text,
    string? ResponseUrl,
    string? TriggerId = null)
{
    /// <summary>Reads a form body; <c>null</c> when it is not one or lacks the team, channel, user or command.</summary>
    public static SlashCommandPayload? Parse(ReadOnlySpan<byte> body)
    {
        var form = FormBody.Parse(body);

        // A repeated field is not something Slack sends: take none of it rather than a joined value.
        string? Field(string name) => form.TryGetValue(name, out var values) && values is [var value] && !string.IsNullOrWhiteSpace(value) ? value : null;
        return (Field("team_id"), Field("channel_id"), Field("user_id"), Field("command")) is ({ } team, { } channel, { } user, { } command)
            ? new SlashCommandPayload(team, Field("enterprise_id"), channel, user, Field("user_name"), command, Field("text") ?? string.Empty, Field("response_url"), Field("trigger_id"))
            : null;
    }

    /// <summary>Reads the JSON object a Socket Mode <c>slash_commands</c> envelope carries (the same fields as the form).</summary>
    public static SlashCommandPayload? FromJson(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var root = document.RootElement;
            string? Field(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;
            return (Field("team_id"), Field("channel_id"), Field("user_id"), Field("command")) is ({ } team, { } channel, { } user, { } command)
                ? new SlashCommandPayload(team, Field("enterprise_id"), channel, user, Field("user_name"), command, Field("text") ?? string.Empty, Field("response_url"), Field("trigger_id"))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
