using System.Text;
using System.Text.Json;
using Coordination.Slack.Outbound;

namespace Coordination.Slack.Inbound;

/// <summary>
/// Slack's <c>rich_text</c> (a <c>rich_text_input</c>'s value) as the mrkdwn-like text commands read: user mentions as
/// <c>&lt;@U…&gt;</c>, user groups as <c>&lt;!subteam^S…&gt;</c>, each section, list item and preformatted block on its
/// own line.
/// </summary>
public static class SlackRichText
{
    public static string ToText(JsonElement richText)
    {
        var text = new StringBuilder();
        Append(text, richText);
        return text.ToString().Trim();
    }

    private static void Append(StringBuilder text, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Append(text, item);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object && !AppendLeaf(text, element))
        {
            Children(text, element);
            if (element.Str("type") is "rich_text_section" or "rich_text_preformatted" or "rich_text_quote")
            {
                text.Append('\n');
            }
        }
    }

    /// <summary>Appends a text, mention, link or emoji element; false for any other (a container of elements).</summary>
    private static bool AppendLeaf(StringBuilder text, JsonElement element)
    {
        switch (element.Str("type"))
        {
            case "text":
                text.Append(element.Str("text"));
                return true;
            case "user":
                text.Append("<@").Append(element.Str("user_id")).Append('>');
                return true;
            case "usergroup":
                text.Append("<!subteam^").Append(element.Str("usergroup_id")).Append('>');
                return true;
            case "channel":
                text.Append("<#").Append(element.Str("channel_id")).Append('>');
                return true;
            case "link":
                text.Append(element.Str("text") ?? element.Str("url"));
                return true;
            case "emoji":
                text.Append(':').Append(element.Str("name")).Append(':');
                return true;
            default:
                return false;
        }
    }

    private static void Children(StringBuilder text, JsonElement element)
    {
        if (element.TryGetProperty("elements", out var children))
        {
            Append(text, children);
        }
    }
}
