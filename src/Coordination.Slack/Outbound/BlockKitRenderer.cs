using System.Text.Json.Nodes;
using Coordination.Core.Chat;

namespace Coordination.Slack.Outbound;

/// <summary>
/// Turns a neutral <see cref="OutgoingMessage"/> into Slack's Block Kit: one <c>section</c> with the mrkdwn text (its
/// <c>&lt;@U…&gt;</c> mentions and the bot's <c>&lt;!date^…&gt;</c> dates pass through; broadcasts, user-group pings and
/// disguised links do not, see <see cref="SlackSafeText"/>) and an <c>actions</c> block of buttons.
/// Buttons for several requests (a list, like the morning summary) get one <c>actions</c> block per request, since
/// Slack wants each block's action ids unique and allows 25 elements in one.
/// </summary>
public static class BlockKitRenderer
{
    public const string ActionsBlockId = "coord-actions";

    /// <summary>The start of the block id of one request's row of buttons in a list: <c>coord-actions:CR-4</c>.</summary>
    public const string ListedActionsBlockPrefix = ActionsBlockId + ":";
    public const string StateBlockId = "coord-state";

    /// <summary>Slack's limit on a section's (and a context element's) text.</summary>
    public const int MaxSectionText = 3000;

    /// <summary>The length past which Slack truncates a message's top-level (notification fallback) text.</summary>
    public const int MaxFallbackText = 4000;

    private const string Ellipsis = "…";

    public static (string Text, JsonArray? Blocks) Render(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var safe = SlackSafeText.Of(message.Text);
        var fallback = Truncate(safe, MaxFallbackText);
        if (string.IsNullOrWhiteSpace(safe))
        {
            return (fallback, null);
        }

        var blocks = new JsonArray(Section(Truncate(safe, MaxSectionText)));
        IReadOnlyList<MessageButton> buttons = message.Form is { } form ? [.. message.Buttons, MessageButton.ForForm(form)] : message.Buttons;
        var rows = buttons.GroupBy(b => b.Value, StringComparer.Ordinal).ToList();
        if (rows.Count == 1)
        {
            blocks.Add(Actions(buttons, ActionsBlockId));
        }
        else
        {
            foreach (var row in rows)
            {
                blocks.Add(Actions(row, ListedActionsBlockPrefix + row.Key));
            }
        }

        return (fallback, blocks);
    }

    /// <summary>
    /// A copy of <paramref name="originalBlocks"/> (as a <c>block_actions</c> payload's <c>message.blocks</c> has them)
    /// with the state line in a <c>context</c> block just before the buttons, replacing an earlier state line; the
    /// buttons are dropped unless <paramref name="keepButtons"/>.
    /// </summary>
    public static JsonArray WithStateLine(JsonArray originalBlocks, string stateLine, bool keepButtons)
    {
        ArgumentNullException.ThrowIfNull(originalBlocks);
        var blocks = new JsonArray();
        foreach (var block in originalBlocks)
        {
            var id = BlockId(block);
            if (id == StateBlockId || (id == ActionsBlockId && !keepButtons))
            {
                continue;
            }

            blocks.Add(block?.DeepClone());
        }

        var actions = blocks.Select((block, index) => (block, index)).FirstOrDefault(b => BlockId(b.block) == ActionsBlockId);
        var at = actions.block is null ? blocks.Count : actions.index;
        blocks.Insert(at, StateContext(stateLine));
        return blocks;
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="limit"/> characters ending in "…", without splitting a
    /// surrogate pair or a <c>&lt;…&gt;</c> token.
    /// </summary>
    public static string Truncate(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = limit - Ellipsis.Length;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var open = text.LastIndexOf('<', cut - 1);
        if (open >= 0 && text.IndexOf('>', open, cut - open) < 0)
        {
            cut = open;
        }

        return string.Concat(text.AsSpan(0, cut), Ellipsis);
    }

    private static JsonObject Section(string text) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text },
    };

    internal static JsonObject Actions(IEnumerable<MessageButton> buttons, string blockId) => new()
    {
        ["type"] = "actions",
        ["block_id"] = blockId,
        ["elements"] = new JsonArray([.. buttons.Select(Button)]),
    };

    private static JsonObject Button(MessageButton button)
    {
        var element = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = button.Action,
            ["value"] = button.Value,
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = button.Label, ["emoji"] = true },
        };
        var style = button.Action switch
        {
            MessageButton.Done or MessageButton.OpenForm => "primary",
            MessageButton.Decline => "danger",
            _ => null,
        };
        if (style is not null)
        {
            element["style"] = style;
        }

        return element;
    }

    private static JsonObject StateContext(string stateLine) => new()
    {
        ["type"] = "context",
        ["block_id"] = StateBlockId,
        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = Truncate(SlackSafeText.Of(stateLine), MaxSectionText) }),
    };

    private static string? BlockId(JsonNode? block) =>
        block is JsonObject obj && obj["block_id"] is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;
}
