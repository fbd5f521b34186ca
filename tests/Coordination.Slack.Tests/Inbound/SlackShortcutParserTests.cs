using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Slack.Inbound;

namespace Coordination.Slack.Tests.Inbound;

public sealed class SlackShortcutParserTests
{
    [Fact]
    public void FromShortcut_MessageShortcutSample_OpensTheFormInTheMessagesThreadWithItsWords()
    {
        var command = SlackShortcutParser.FromShortcut(Payload("interactivity_message_shortcut_payload.json", SlackShortcuts.FollowUpMessage));

        var followUp = Assert.IsType<FollowUpCommand>(command);
        Assert.Equal(new ThreadRef("C123", "1583636382.000300"), followUp.Context.Where);
        Assert.Equal("U123", followUp.Context.Actor.PlatformUserId);
        Assert.Equal("<@U234> test", followUp.Text);
        Assert.False(followUp.ChooseChannel);
    }

    [Fact]
    public void FromShortcut_OnAReplyInAThread_TheRequestGoesInThatThread()
    {
        var command = SlackShortcutParser.FromShortcut(Payload("interactivity_message_shortcut_payload.json", SlackShortcuts.FollowUpMessage, p =>
        {
            p["message_ts"] = "1583636399.000500";
            p["message"]!["ts"] = "1583636399.000500";
            p["message"]!["thread_ts"] = "1583636382.000300";
        }));

        Assert.Equal("1583636382.000300", Assert.IsType<FollowUpCommand>(command).Context.Where.ThreadId);
    }

    [Fact]
    public void FromShortcut_GlobalShortcutSample_OpensTheFormWithAChannelToChoose()
    {
        var command = SlackShortcutParser.FromShortcut(Payload("interactivity_global_shortcut_payload.json", SlackShortcuts.NewRequest));

        var followUp = Assert.IsType<FollowUpCommand>(command);
        Assert.True(followUp.ChooseChannel);
        Assert.Null(followUp.Text);
        Assert.Null(followUp.Context.Where.ThreadId);
    }

    [Fact]
    public void FromShortcut_AnotherAppsCallbackId_IsNotOurs()
    {
        Assert.Null(SlackShortcutParser.FromShortcut(Payload("interactivity_message_shortcut_payload.json", "test-message-action")));
        Assert.Null(SlackShortcutParser.FromShortcut(Payload("interactivity_global_shortcut_payload.json", SlackShortcuts.FollowUpMessage)));
    }

    [Theory]
    [InlineData("test-test", "C123", "1583636382.000300", "https://test-test.slack.com/archives/C123/p1583636382000300")]
    [InlineData("evil.example.com/x?", "C123", "1583636382.000300", null)]
    [InlineData("test-test", "C123/../x", "1583636382.000300", null)]
    [InlineData("test-test", "C123", "javascript:1", null)]
    public void Permalink_BuiltFromDomainChannelAndTs_OnlyFromWhatSlackSends(string domain, string channel, string ts, string? expected) =>
        Assert.Equal(expected, SlackShortcutParser.Permalink(domain, channel, ts));

    [Theory]
    [InlineData("see <#C123|dev> and <https://x.test/a|the doc> &amp; <!here>", "see #dev and the doc & @here")]
    [InlineData("<@U234> can you\n  check <https://x.test/b>", "<@U234> can you check https://x.test/b")]
    public void Readable_MessageMarkup_AsAPersonReadsIt(string text, string expected) =>
        Assert.Equal(expected, SlackShortcutParser.Readable(text));

    [Fact]
    public void Vouched_FollowUpFormFromAMessage_CarriesTheMessagesLinkAndNotOneTheFormClaims()
    {
        var payload = Payload("interactivity_message_shortcut_payload.json", SlackShortcuts.FollowUpMessage);
        var form = new SubmitFormCommand(
            new CommandContext(ChatPlatform.Slack, "T123", new PersonRef("U123"), new ThreadRef("C123", "1583636382.000300")),
            FollowUpForm.Kind,
            new FormState(new ThreadRef("C123", "1583636382.000300")),
            new Dictionary<string, string> { [FollowUpForm.Source] = "https://evil.test" });

        var vouched = SlackShortcutParser.Vouched(form, payload);

        Assert.Equal("https://test-test.slack.com/archives/C123/p1583636382000300", vouched.Values[FollowUpForm.Source]);
    }

    [Fact]
    public void Vouched_FormWithAChosenChannel_ActsInThatChannel()
    {
        var payload = Payload("interactivity_global_shortcut_payload.json", SlackShortcuts.NewRequest);
        var form = new SubmitFormCommand(
            new CommandContext(ChatPlatform.Slack, "T123", new PersonRef("U123"), new ThreadRef("U123", null)),
            FollowUpForm.Kind,
            new FormState(new ThreadRef("U123", null)),
            new Dictionary<string, string> { [FollowUpForm.Channel] = "C777" });

        var vouched = SlackShortcutParser.Vouched(form, payload);

        Assert.Equal(new ThreadRef("C777", null), vouched.Context.Where);
        Assert.False(vouched.Values.ContainsKey(FollowUpForm.Source));
    }

    private static BlockActionsPayload Payload(string fixture, string callbackId, Action<JsonObject>? change = null)
    {
        var json = InboundFixtures.Json(fixture);
        json["callback_id"] = callbackId;
        change?.Invoke(json);
        return BlockActionsPayload.ParseJson(InboundFixtures.Utf8(json))!;
    }
}
