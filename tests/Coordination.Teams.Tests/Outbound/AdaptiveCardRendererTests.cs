using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Teams.Outbound;

namespace Coordination.Teams.Tests.Outbound;

public sealed class AdaptiveCardRendererTests
{
    private static readonly Mention Bo = new("29:1bo", "Bo");
    private static readonly Mention Ann = new("29:1ann", "Ann & <Co>");

    [Fact]
    public void Render_NoButtons_PlainMarkdownMessageWithEntities()
    {
        var activity = AdaptiveCardRenderer.Render(Message("<@29:1bo> please confirm", [Bo], []));

        Assert.Equal("message", Str(activity["type"]));
        Assert.Equal("<at>Bo</at> please confirm", Str(activity["text"]));
        Assert.Equal("markdown", Str(activity["textFormat"]));
        Assert.Single(activity["entities"]!.AsArray());
        Assert.False(activity.ContainsKey("attachments"));
    }

    [Fact]
    public void RenderText_Mentions_AtTagsMatchTheEntities()
    {
        var (text, entities) = AdaptiveCardRenderer.RenderText(Message("<@29:1bo> and <@29:1ann>, then <@29:1bo> again", [Bo, Ann], []));

        Assert.Equal("<at>Bo</at> and <at>Ann &amp; &lt;Co&gt;</at>, then <at>Bo</at> again", text);
        Assert.Equal(2, entities.Count);
        var ann = entities[1]!;
        Assert.Equal(("mention", "<at>Ann &amp; &lt;Co&gt;</at>"), (Str(ann["type"]), Str(ann["text"])));
        Assert.Equal(("29:1ann", "Ann & <Co>"), (Str(ann["mentioned"]!["id"]), Str(ann["mentioned"]!["name"])));
        Assert.All(entities, e => Assert.Contains(Str(e!["text"])!, text, StringComparison.Ordinal));
    }

    [Fact]
    public void RenderText_MentionNotInTheText_NoEntity()
    {
        var (_, entities) = AdaptiveCardRenderer.RenderText(Message("nobody named", [Bo], []));

        Assert.Empty(entities);
    }

    [Fact]
    public void RenderText_DateToken_BecomesItsFallback()
    {
        var date = ChatText.Date(new DateTimeOffset(2025, 3, 6, 9, 0, 0, TimeSpan.Zero), "{date_short_pretty}", "Thu 6 Mar");

        var (text, _) = AdaptiveCardRenderer.RenderText(Message($"due {date}.", [], []));

        Assert.Equal("due Thu 6 Mar.", text);
    }

    [Fact]
    public void RenderText_TypedAtTagInATitle_EscapedAndNoEntity()
    {
        var (text, entities) = AdaptiveCardRenderer.RenderText(Message("<@29:1bo> asked about *<at>everyone</at> <b>now</b>*", [Bo], []));

        Assert.Equal("<at>Bo</at> asked about **&lt;at&gt;everyone&lt;/at&gt; &lt;b&gt;now&lt;/b&gt;**", text);
        var entity = Assert.Single(entities)!;
        Assert.Equal("<at>Bo</at>", Str(entity["text"]));
    }

    [Fact]
    public void RenderCard_TypedAtTagInATitle_OnlyTheBotsOwnMentionIsATag()
    {
        var card = AdaptiveCardRenderer.RenderCard(Message("<@29:1bo>: <at>Ann</at> wants this", [Bo], MessageButton.ForRequest("CR-7")));

        Assert.Equal("<at>Bo</at>: &lt;at&gt;Ann&lt;/at&gt; wants this", Str(card["body"]![0]!["text"]));
        Assert.Equal("<at>Bo</at>", Str(Assert.Single(card["msteams"]!["entities"]!.AsArray())!["text"]));
    }

    [Theory]
    [InlineData("<@29:1zed|the-ceo> agreed", "the-ceo agreed")]
    [InlineData("<!channel> look", "@channel look")]
    [InlineData("<!subteam^S1|@backend> look", "@backend look")]
    [InlineData("read <https://evil.example|docs>", "read docs (https://evil.example)")]
    [InlineData("read [docs](https://evil.example)", "read docs (https://evil.example)")]
    [InlineData("read <https://good.example>", "read https://good.example")]
    public void RenderText_MarkupThePersonWrote_OnlyWords(string neutral, string teams)
    {
        var (text, entities) = AdaptiveCardRenderer.RenderText(Message(neutral, [Bo], []));

        Assert.Equal(teams, text);
        Assert.Empty(entities);
    }

    [Fact]
    public void RenderText_MentionWithALabel_BecomesTheBotsOwnTag()
    {
        var (text, entities) = AdaptiveCardRenderer.RenderText(Message("thanks <@29:1bo|the-ceo>", [Bo], []));

        Assert.Equal("thanks <at>Bo</at>", text);
        Assert.Single(entities);
    }

    [Theory]
    [InlineData("asked about *Budget sign-off* (CR-7)", "asked about **Budget sign-off** (CR-7)")]
    [InlineData("*Status:* waiting", "**Status:** waiting")]
    [InlineData("2 * 3 * 4", "2 * 3 * 4")]
    [InlineData("already **bold**", "already **bold**")]
    public void RenderText_SlackBold_BecomesMarkdownBold(string neutral, string teams)
    {
        Assert.Equal(teams, AdaptiveCardRenderer.RenderText(Message(neutral, [], [])).Text);
    }

    [Fact]
    public void RenderText_SingleLineBreak_BecomesAParagraphBreak()
    {
        Assert.Equal("one\n\ntwo\n\nthree", AdaptiveCardRenderer.RenderText(Message("one\ntwo\n\nthree", [], [])).Text);
    }

    [Fact]
    public void Render_WithButtons_OneAdaptiveCardAloneWithFiveExecuteActions()
    {
        var activity = AdaptiveCardRenderer.Render(Message("<@29:1bo> has not answered *CR-7*", [Bo], MessageButton.ForRequest("CR-7")));

        Assert.Equal("message", Str(activity["type"]));
        Assert.False(activity.ContainsKey("text"));
        var attachment = Assert.Single(activity["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", Str(attachment["contentType"]));
        var card = attachment["content"]!;
        Assert.Equal("AdaptiveCard", Str(card["type"]));
        Assert.True(Version.Parse(Str(card["version"])!) >= new Version(1, 4));
        var block = Assert.Single(card["body"]!.AsArray())!;
        Assert.Equal(("TextBlock", "<at>Bo</at> has not answered **CR-7**", true), (Str(block["type"]), Str(block["text"]), block["wrap"]!.GetValue<bool>()));
        var actions = card["actions"]!.AsArray();
        Assert.Equal(5, actions.Count);
        Assert.All(actions, a => Assert.Equal("Action.Execute", Str(a!["type"])));
        Assert.Equal(["ack", "done", "snooze", "decline", "redirect"], actions.Select(a => Str(a!["verb"])));
        Assert.Equal(["Acknowledge", "Done", "Snooze…", "Decline…", "Not me…"], actions.Select(a => Str(a!["title"])));
        Assert.All(actions, a => Assert.Equal(("CR-7", Str(a!["verb"])), (Str(a!["data"]!["key"]), Str(a["data"]!["action"]))));
    }

    [Fact]
    public void RenderCard_ButtonsForSeveralRequests_AnActionSetPerRequestUnderTheTextMarkedAsListed()
    {
        var card = AdaptiveCardRenderer.RenderCard(Message("Good morning", [], [.. MessageButton.ForListedRequest("CR-4", snooze: false), .. MessageButton.ForListedRequest("CR-2")]));

        Assert.False(card.AsObject().ContainsKey("actions"));
        var body = card["body"]!.AsArray();
        Assert.Equal(["TextBlock", "ActionSet", "ActionSet"], body.Select(b => Str(b!["type"])));
        var second = body[2]!["actions"]!.AsArray();
        Assert.Equal(["Acknowledge CR-2", "Done CR-2", "Snooze CR-2…", "Not me CR-2…"], second.Select(a => Str(a!["title"])));
        Assert.All(second, a => Assert.Equal(("CR-2", true), (Str(a!["data"]!["key"]), a["data"]![AdaptiveCardRenderer.ListedData]!.GetValue<bool>())));
        Assert.Equal(3, body[1]!["actions"]!.AsArray().Count);
    }

    [Fact]
    public void RenderCard_Mentions_InMsteamsEntities()
    {
        var card = AdaptiveCardRenderer.RenderCard(Message("<@29:1bo>, please", [Bo], MessageButton.ForRequest("CR-7")));

        var entity = Assert.Single(card["msteams"]!["entities"]!.AsArray())!;
        Assert.Equal(("mention", "<at>Bo</at>", "29:1bo", "Bo"), (Str(entity["type"]), Str(entity["text"]), Str(entity["mentioned"]!["id"]), Str(entity["mentioned"]!["name"])));
    }

    [Fact]
    public void RenderCard_IsTheCardTheActivityCarries()
    {
        var message = Message("<@29:1bo>, please", [Bo], MessageButton.ForRequest("CR-7"));

        Assert.True(JsonNode.DeepEquals(AdaptiveCardRenderer.RenderCard(message), AdaptiveCardRenderer.Render(message)["attachments"]![0]!["content"]));
    }

    private static OutgoingMessage Message(string text, IReadOnlyList<Mention> mentions, IReadOnlyList<MessageButton> buttons) =>
        new(ChatPlatform.Teams, "tenant-1", MessageDestination.InThread(new ThreadRef("19:c@thread.tacv2", "1")), text, mentions, buttons);

    private static string? Str(JsonNode? node) => node?.GetValue<string>();
}
