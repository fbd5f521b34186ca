using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Slack.Inbound;

namespace Coordination.Slack.Tests.Inbound;

/// <summary>Direct messages, reactions and <c>CR-n</c> in a message, read from the real samples.</summary>
public sealed class SlackInboundParserSignalTests
{
    [Fact]
    public void FromEvent_DirectMessageFixture_CommandAnsweredInTheDmItself()
    {
        var command = SlackInboundParser.FromEvent(InboundFixtures.Envelope("event_message_im.json"));

        Assert.NotNull(command);
        Assert.IsNotType<ThreadReplyCommand>(command);
        Assert.Equal(new ThreadRef("D0442US94JD", null), command.Context.Where);
        Assert.Equal("U043H11ES4V", command.Context.Actor.PlatformUserId);
        Assert.True(command.Context.InDirectMessage);
    }

    [Fact]
    public void FromEvent_DirectMessageReplyUnderAMessage_StillACommandNotAThreadAnswer()
    {
        var command = InboundFixtures.Command("event_message_im.json", e => e["thread_ts"] = "1664408000.000100");

        Assert.IsNotType<ThreadReplyCommand>(command);
        Assert.Null(command!.Context.Where.ThreadId);
    }

    [Fact]
    public void FromEvent_DirectMessageAsk_AnAskMarkedAsWrittenInTheDirectMessage()
    {
        var ask = Assert.IsType<AskCommand>(InboundFixtures.Command("event_message_im.json", e => e["text"] = "ask <@U222> review the plan"));

        Assert.True(ask.Context.InDirectMessage);
        Assert.Null(ask.Context.Where.ThreadId);
    }

    [Fact]
    public void FromEvent_DirectMessageTeamAsk_AnswersToAskInAChannel()
    {
        var help = Assert.IsType<HelpCommand>(InboundFixtures.Command("event_message_im.json", e => e["text"] = "coordinate the integration with the backend team"));

        Assert.Equal("ask", help.Verb);
    }

    [Fact]
    public void FromEvent_ReactionAddedFixture_OtherEmojiIgnored()
    {
        Assert.Null(SlackInboundParser.FromEvent(InboundFixtures.Envelope("event_reaction_added.json")));
    }

    [Theory]
    [InlineData("white_check_mark", ReactionAnswer.Done)]
    [InlineData("heavy_check_mark", ReactionAnswer.Done)]
    [InlineData("eyes", ReactionAnswer.Acknowledge)]
    public void FromEvent_ReactionAddedCheckMarkOrEyes_ReactionAtTheMessage(string emoji, ReactionAnswer answer)
    {
        var reaction = Assert.IsType<ReactionCommand>(InboundFixtures.Command("event_reaction_added.json", e => e["reaction"] = emoji));

        Assert.Equal(answer, reaction.Answer);
        Assert.Equal(new CommandContext(ChatPlatform.Slack, "T111", new PersonRef("W111"), new ThreadRef("C111", "1599529504.000400")), reaction.Context);
    }

    [Fact]
    public void FromEvent_ReactionRemovedFixture_Null()
    {
        var removed = InboundFixtures.Json("event_reaction_removed.json");
        removed["event"]!["reaction"] = "white_check_mark";

        Assert.Null(SlackInboundParser.FromEvent(InboundFixtures.Envelope(removed)));
    }

    [Fact]
    public void RequestMentionsOf_ChannelMessageNamingKeys_DistinctNumbersAtTheChannel()
    {
        var json = InboundFixtures.Json("event_message_user_in_channel.json");
        json["event"]!["text"] = "CR-12 blocks cr-7, and CR-12 again; not XCR-3 or CR-0";
        json["event"]!["user"] = "U999";

        var mention = SlackInboundParser.RequestMentionsOf(InboundFixtures.Envelope(json));

        Assert.NotNull(mention);
        Assert.Equal([12, 7], mention.Numbers);
        Assert.Equal(new ThreadRef("C111", null), mention.Context.Where);
    }

    [Fact]
    public void RequestMentionsOf_DirectMessage_Null()
    {
        var json = InboundFixtures.Json("event_message_im.json");
        json["event"]!["text"] = "CR-12";

        Assert.Null(SlackInboundParser.RequestMentionsOf(InboundFixtures.Envelope(json)));
    }
}
