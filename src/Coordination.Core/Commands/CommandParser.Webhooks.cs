using static Coordination.Core.Commands.CommandWords;
using Coordination.Core.Webhooks;

namespace Coordination.Core.Commands;

/// <summary>The verb for outgoing webhooks: <c>webhook add &lt;url&gt; [events…]</c>, <c>webhook list</c>, <c>webhook remove &lt;id&gt;</c>.</summary>
public static partial class CommandParser
{
    private const string WebhookExample = "`/coord webhook add https://example.com/hooks/coordination request.created decision.recorded`";

    private static ChatCommand Webhook(CommandInput input)
    {
        if (input.Count == 1 || input.Is(1, "list"))
        {
            return input.Count <= 2 ? new ListWebhooksCommand(input.Context) : input.Fail("webhook", "`webhook list` takes nothing else.");
        }

        if (input.Is(1, "remove") || input.Is(1, "delete"))
        {
            return input.Count == 3 ? new RemoveWebhookCommand(input.Context, input[2]) : input.Fail("webhook", "Name the one webhook to remove by its id, like `/coord webhook remove wh-3f9a2c`.");
        }

        return input.Is(1, "add") ? AddWebhook(input) : input.Fail("webhook", $"`webhook` takes `add`, `list` or `remove`, not {Quote(input[1])}.");
    }

    private static ChatCommand AddWebhook(CommandInput input)
    {
        if (input.Count < 3)
        {
            return input.Fail("webhook", $"Give the URL to deliver to, like {WebhookExample}.");
        }

        var events = new List<string>();
        for (var i = 3; i < input.Count; i++)
        {
            if (WebhookEventTypes.Find(input[i].TrimEnd(',')) is not { } type)
            {
                return input.Fail("webhook", $"{Quote(input[i])} isn't an event. The events are {string.Join(", ", WebhookEventTypes.All.Select(t => $"`{t}`"))}; name none for all of them.");
            }

            events.Add(type);
        }

        return new AddWebhookCommand(input.Context, LinkTarget(input[2]), [.. events.Distinct()]);
    }

    /// <summary>The URL of a link as a platform escapes it (Slack: <c>&lt;https://x|x&gt;</c>), or the word as written.</summary>
    private static string LinkTarget(string word)
    {
        if (word.Length > 2 && word[0] == '<' && word[^1] == '>')
        {
            var inner = word[1..^1];
            var bar = inner.IndexOf('|', StringComparison.Ordinal);
            return bar < 0 ? inner : inner[..bar];
        }

        return word;
    }
}
