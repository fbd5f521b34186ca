using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Slack.Outbound;

namespace Coordination.Slack.Tests;

public sealed class BlockKitRendererTests
{
    private const string Text = "<@U1> please review by <!date^1700000000^{date_short_pretty}|Nov 14>";

    [Fact]
    public void Render_TextWithMentionAndDate_PassesTokensThroughInOneSection()
    {
        var (text, blocks) = BlockKitRenderer.Render(Message(Text, []));

        Assert.Equal(Text, text);
        var section = Assert.Single(blocks!)!;
        Assert.Equal("section", Str(section["type"]));
        Assert.Equal("mrkdwn", Str(section["text"]!["type"]));
        Assert.Equal(Text, Str(section["text"]!["text"]));
    }

    [Fact]
    public void Render_RequestButtons_AddsStyledActionsBlock()
    {
        var (_, blocks) = BlockKitRenderer.Render(Message(Text, MessageButton.ForRequest("REQ-7")));

        var actions = blocks![1]!;
        Assert.Equal(("actions", "coord-actions"), (Str(actions["type"]), Str(actions["block_id"])));
        var buttons = actions["elements"]!.AsArray();
        Assert.Equal(["ack", "done", "snooze", "decline", "redirect"], buttons.Select(b => Str(b!["action_id"])));
        Assert.All(buttons, b => Assert.Equal(("button", "REQ-7", "plain_text"), (Str(b!["type"]), Str(b["value"]), Str(b["text"]!["type"]))));
        Assert.Equal("Snooze…", Str(buttons[2]!["text"]!["text"]));
        Assert.Equal([null, "primary", null, "danger", null], buttons.Select(b => b!["style"]?.GetValue<string>()));
    }

    [Fact]
    public void Render_ButtonsForSeveralRequests_OneActionsBlockPerRequestWithUniqueActionIdsInEach()
    {
        var (_, blocks) = BlockKitRenderer.Render(Message(Text, [.. MessageButton.ForListedRequest("CR-4", snooze: false), .. MessageButton.ForListedRequest("CR-2")]));

        Assert.Equal(3, blocks!.Count);
        Assert.Equal(["coord-actions:CR-4", "coord-actions:CR-2"], blocks.Skip(1).Select(b => Str(b!["block_id"])));
        foreach (var row in blocks.Skip(1))
        {
            var ids = row!["elements"]!.AsArray().Select(b => Str(b!["action_id"])).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }

        var second = blocks[2]!["elements"]!.AsArray();
        Assert.Equal(["Acknowledge CR-2", "Done CR-2", "Snooze CR-2…", "Not me CR-2…"], second.Select(b => Str(b!["text"]!["text"])));
        Assert.All(second, b => Assert.Equal("CR-2", Str(b!["value"])));
    }

    [Fact]
    public void Render_LongText_CutsSectionAt3000AndFallbackAt4000WithEllipsis()
    {
        var (text, blocks) = BlockKitRenderer.Render(Message(new string('a', 5000), []));

        var section = Str(blocks![0]!["text"]!["text"])!;
        Assert.Equal((3000, '…'), (section.Length, section[^1]));
        Assert.Equal((4000, '…'), (text.Length, text[^1]));
    }

    [Fact]
    public void Truncate_CutInsideMentionToken_CutsBeforeTheToken()
    {
        var text = new string('a', 2990) + " <@U0123456789> more";

        var cut = BlockKitRenderer.Truncate(text, 3000);

        Assert.Equal(new string('a', 2990) + " …", cut);
    }

    [Fact]
    public void Render_EmptyText_HasNoBlocks()
    {
        var (text, blocks) = BlockKitRenderer.Render(Message(string.Empty, []));

        Assert.Equal((string.Empty, null), (text, blocks));
    }

    [Fact]
    public void WithStateLine_NoStateYet_InsertsContextBeforeButtons()
    {
        var original = Rendered();

        var blocks = BlockKitRenderer.WithStateLine(original, "✅ Acknowledged by <@U1>", keepButtons: true);

        Assert.Equal(["section", "context", "actions"], blocks.Select(b => Str(b!["type"])));
        Assert.Equal("coord-state", Str(blocks[1]!["block_id"]));
        Assert.Equal(("mrkdwn", "✅ Acknowledged by <@U1>"), (Str(blocks[1]!["elements"]![0]!["type"]), Str(blocks[1]!["elements"]![0]!["text"])));
        Assert.Equal(2, original.Count);
    }

    [Fact]
    public void WithStateLine_StateAlreadyThere_ReplacesIt()
    {
        var once = BlockKitRenderer.WithStateLine(Rendered(), "first", keepButtons: true);

        var twice = BlockKitRenderer.WithStateLine(once, "second", keepButtons: true);

        Assert.Equal(["section", "context", "actions"], twice.Select(b => Str(b!["type"])));
        Assert.Equal("second", Str(twice[1]!["elements"]![0]!["text"]));
    }

    [Fact]
    public void WithStateLine_KeepButtonsFalse_RemovesActionsAndEndsWithState()
    {
        var blocks = BlockKitRenderer.WithStateLine(Rendered(), "Done", keepButtons: false);

        Assert.Equal(["section", "context"], blocks.Select(b => Str(b!["type"])));
    }

    [Fact]
    public void Render_BroadcastAndDisguisedLinkInATitle_NeitherPingsNorHidesTheAddressInTextOrSection()
    {
        var (text, blocks) = BlockKitRenderer.Render(Message("CR-1: <@U1> needs an answer: *<!channel> read <https://evil.example|docs>*", []));

        var section = Str(Assert.Single(blocks!)!["text"]!["text"])!;
        foreach (var sent in new[] { text, section })
        {
            Assert.DoesNotContain("<!channel>", sent, StringComparison.Ordinal);
            Assert.Contains("<@U1>", sent, StringComparison.Ordinal);
            Assert.Contains("@\u2060channel read docs (<https://evil.example>)", sent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithStateLine_BroadcastInTheLine_ShownAsPlainWords()
    {
        var blocks = BlockKitRenderer.WithStateLine(Rendered(), "Done by <@U1>: <!here> look", keepButtons: false);

        Assert.Equal("Done by <@U1>: @\u2060here look", Str(blocks[1]!["elements"]![0]!["text"]));
    }

    private static JsonArray Rendered() =>
        JsonNode.Parse(BlockKitRenderer.Render(Message(Text, MessageButton.ForRequest("REQ-1"))).Blocks!.ToJsonString())!.AsArray();

    private static OutgoingMessage Message(string text, IReadOnlyList<MessageButton> buttons) =>
        new(ChatPlatform.Slack, "T1", MessageDestination.InThread(new ThreadRef("C1", "1.1")), text, [new Mention("U1", "Ann")], buttons);

    private static string? Str(JsonNode? node) => node?.GetValue<string>();
}
