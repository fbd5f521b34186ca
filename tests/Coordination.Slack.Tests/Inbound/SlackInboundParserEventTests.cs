using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Slack.Inbound;

namespace Coordination.Slack.Tests.Inbound;

public sealed class SlackInboundParserEventTests
{
    private const string ThreadTs = "1700000000.000100";
    private const string ReplyTs = "1700000100.000200";

    [Fact]
    public void FromEvent_UrlVerification_Null()
    {
        Assert.Null(SlackInboundParser.FromEvent(InboundFixtures.Envelope("event_url_verification.json")));
    }

    [Fact]
    public void FromEvent_AppMentionFixture_CommandWithSlackContextAtTheMessage()
    {
        var command = SlackInboundParser.FromEvent(InboundFixtures.Envelope("event_app_mention.json"));

        Assert.NotNull(command);
        Assert.Equal(new CommandContext(ChatPlatform.Slack, "T111", new PersonRef("U111"), new ThreadRef("C111", "1605853844.000800")), command.Context);
    }

    [Fact]
    public void FromEvent_AppMentionFixture_UnknownVerbWithoutTheBotMentionBecomesHelp()
    {
        var help = Assert.IsType<HelpCommand>(SlackInboundParser.FromEvent(InboundFixtures.Envelope("event_app_mention.json")));

        Assert.Null(help.Verb);
        Assert.Contains("hey", help.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("U222", help.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEvent_AppMentionInThread_WhereIsTheThread()
    {
        var command = InboundFixtures.Command("event_app_mention.json", e => e["thread_ts"] = ThreadTs);

        Assert.Equal(new ThreadRef("C111", ThreadTs), command?.Context.Where);
    }

    [Fact]
    public void FromEvent_AppMentionOnlyTheBot_Help()
    {
        var command = InboundFixtures.Command("event_app_mention.json", e => e["text"] = "<@U222>");

        var help = Assert.IsType<HelpCommand>(command);
        Assert.Null(help.Problem);
    }

    [Fact]
    public void FromEvent_AppMentionAskInThread_AskCommandForTheThread()
    {
        var inner = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = "U9",
            ["text"] = "<@UBOT> ask <@U1|bob> review the spec by Friday",
            ["ts"] = ReplyTs,
            ["thread_ts"] = ThreadTs,
            ["channel"] = "C5",
            ["event_ts"] = ReplyTs,
        };

        var ask = Assert.IsType<AskCommand>(SlackInboundParser.FromEvent(InboundFixtures.Envelope(InboundFixtures.Wrap(inner))));

        Assert.Equal(new PersonRef("U1", "bob"), Assert.Single(ask.Stakeholders));
        Assert.Equal("review the spec", ask.Title);
        Assert.Equal(DayOfWeek.Friday, ask.Due?.Next);
        Assert.Equal(new CommandContext(ChatPlatform.Slack, "T111", new PersonRef("U9"), new ThreadRef("C5", ThreadTs)), ask.Context);
    }

    [Fact]
    public void FromEvent_AppMentionAskTopLevel_WhereIsTheMentionItself()
    {
        var command = InboundFixtures.Command("event_app_mention.json", e => e["text"] = "<@U222> ask <@U1|bob> <@U2> check the rollout plan");

        var ask = Assert.IsType<AskCommand>(command);
        Assert.Equal<PersonRef>([new PersonRef("U1", "bob"), new PersonRef("U2")], ask.Stakeholders);
        Assert.Equal(new ThreadRef("C111", "1605853844.000800"), ask.Context.Where);
    }

    [Fact]
    public void FromEvent_AppMentionWithBotMentionInTheMiddle_MentionRemoved()
    {
        var command = InboundFixtures.Command("event_app_mention.json", e => e["text"] = "ack CR-3 <@U222>");

        Assert.Equal(3, Assert.IsType<AcknowledgeCommand>(command).RequestNumber);
    }

    [Fact]
    public void FromEvent_AppMentionWithoutBotAuthorization_StripsTheLeadingMention()
    {
        var json = InboundFixtures.Json("event_app_mention.json");
        json["event"]!["text"] = "<@U222> status CR-12";
        json.Remove("authorizations");

        var status = Assert.IsType<StatusCommand>(SlackInboundParser.FromEvent(InboundFixtures.Envelope(json)));

        Assert.Equal(12, status.RequestNumber);
    }

    [Fact]
    public void FromEvent_AppMentionWithoutText_Help()
    {
        var command = InboundFixtures.Command("event_app_mention.json", e => e.Remove("text"));

        Assert.IsType<HelpCommand>(command);
    }

    [Fact]
    public void FromEvent_AppMentionByTheBotItself_Null()
    {
        Assert.Null(InboundFixtures.Command("event_app_mention.json", e => e["user"] = "U222"));
    }

    [Fact]
    public void FromEvent_AppMentionWithBotId_Null()
    {
        Assert.Null(InboundFixtures.Command("event_app_mention.json", e => e["bot_id"] = "B999"));
    }

    [Theory]
    [InlineData("user")]
    [InlineData("channel")]
    [InlineData("ts")]
    public void FromEvent_AppMentionMissingField_Null(string field)
    {
        Assert.Null(InboundFixtures.Command("event_app_mention.json", e => e.Remove(field)));
    }

    [Fact]
    public void FromEvent_EnvelopeWithoutTeam_Null()
    {
        var json = InboundFixtures.Json("event_app_mention.json");
        json.Remove("team_id");

        Assert.Null(SlackInboundParser.FromEvent(InboundFixtures.Envelope(json)));
    }

    [Fact]
    public void FromEvent_EnvelopeOfAnotherType_Null()
    {
        var json = InboundFixtures.Json("event_app_mention.json");
        json["type"] = "app_rate_limited";

        Assert.Null(SlackInboundParser.FromEvent(InboundFixtures.Envelope(json)));
    }

    [Fact]
    public void FromEvent_ThreadReplyFixture_ThreadReplyInTheThread()
    {
        var reply = Assert.IsType<ThreadReplyCommand>(SlackInboundParser.FromEvent(InboundFixtures.Envelope("event_message_thread_reply.json")));

        Assert.Equal(new CommandContext(ChatPlatform.Slack, "T111", new PersonRef("W222"), new ThreadRef("C111", "1726133698.626339")), reply.Context);
    }

    [Fact]
    public void FromEvent_ThreadBroadcastFixture_ThreadReplyInTheThread()
    {
        var reply = Assert.IsType<ThreadReplyCommand>(SlackInboundParser.FromEvent(InboundFixtures.Envelope("event_message_thread_broadcast.json")));

        Assert.Equal(new ThreadRef("C111", "1633663824.000500"), reply.Context.Where);
        Assert.Equal(new PersonRef("U111"), reply.Context.Actor);
    }

    [Fact]
    public void FromEvent_FileShareInThread_ThreadReply()
    {
        var command = InboundFixtures.Command("event_message_thread_reply.json", e => e["subtype"] = "file_share");

        Assert.IsType<ThreadReplyCommand>(command);
    }

    [Fact]
    public void FromEvent_UserMessageInChannelFixture_Null()
    {
        Assert.Null(SlackInboundParser.FromEvent(InboundFixtures.Envelope("event_message_user_in_channel.json")));
    }

    [Fact]
    public void FromEvent_TopLevelMessageFromAnotherPerson_Null()
    {
        Assert.Null(InboundFixtures.Command("event_message_user_in_channel.json", e => e["user"] = "U777"));
    }

    [Fact]
    public void FromEvent_ThreadRootItself_Null()
    {
        Assert.Null(InboundFixtures.Command("event_message_thread_reply.json", e => e["thread_ts"] = e["ts"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("event_message_from_app_bot_id_no_subtype.json")]
    [InlineData("event_message_subtype_bot_message.json")]
    [InlineData("event_message_changed.json")]
    public void FromEvent_BotOrEditFixture_Null(string fixture)
    {
        Assert.Null(SlackInboundParser.FromEvent(InboundFixtures.Envelope(fixture)));
    }

    [Theory]
    [InlineData("event_message_from_app_bot_id_no_subtype.json")]
    [InlineData("event_message_subtype_bot_message.json")]
    public void FromEvent_BotMessageInAThread_Null(string fixture)
    {
        Assert.Null(InboundFixtures.Command(fixture, e => e["thread_ts"] = ThreadTs));
    }

    [Fact]
    public void FromEvent_EditedThreadReplyInnerEvent_Null()
    {
        var inner = InboundFixtures.Json("event_message_changed_thread_reply_inner_event.json");

        Assert.Null(SlackInboundParser.FromEvent(InboundFixtures.Envelope(InboundFixtures.Wrap(inner))));
    }

    [Fact]
    public void FromEvent_EditedThreadReplyEvenWithTopLevelUserAndThread_Null()
    {
        var inner = InboundFixtures.Json("event_message_changed_thread_reply_inner_event.json");
        inner["user"] = "U111";
        inner["thread_ts"] = "1626342092.008500";

        Assert.Null(SlackInboundParser.FromEvent(InboundFixtures.Envelope(InboundFixtures.Wrap(inner))));
    }

    [Theory]
    [InlineData("message_deleted")]
    [InlineData("message_replied")]
    [InlineData("channel_join")]
    [InlineData("bot_message")]
    public void FromEvent_OtherSubtypeInThread_Null(string subtype)
    {
        Assert.Null(InboundFixtures.Command("event_message_thread_reply.json", e => e["subtype"] = subtype));
    }

    [Fact]
    public void FromEvent_ThreadReplyByTheBotUser_Null()
    {
        var json = InboundFixtures.Json("event_message_thread_reply.json");
        json["authorizations"]![0]!["user_id"] = "W222";

        Assert.Null(SlackInboundParser.FromEvent(InboundFixtures.Envelope(json)));
    }

    [Fact]
    public void FromEvent_ThreadReplyMentioningTheBot_Null()
    {
        Assert.Null(InboundFixtures.Command("event_message_thread_reply.json", e => e["text"] = "<@W111> done CR-4"));
    }

    [Fact]
    public void FromEvent_ThreadReplyMentioningTheBotWithName_Null()
    {
        Assert.Null(InboundFixtures.Command("event_message_thread_reply.json", e => e["text"] = "thanks <@W111|coord>"));
    }

    [Fact]
    public void FromEvent_ThreadReplyMentioningSomeoneElse_ThreadReply()
    {
        var command = InboundFixtures.Command("event_message_thread_reply.json", e => e["text"] = "looping in <@U999|dana>");

        Assert.IsType<ThreadReplyCommand>(command);
    }

    [Fact]
    public void FromEvent_ThreadReplyWithoutText_ThreadReply()
    {
        Assert.IsType<ThreadReplyCommand>(InboundFixtures.Command("event_message_thread_reply.json", e => e.Remove("text")));
    }

    [Fact]
    public void FromEvent_SocketModeEventsApiPayload_SameCommandAsOverHttp()
    {
        var payload = InboundFixtures.Json("socket_mode_events_api_envelope.json")["payload"]!;

        var command = SlackInboundParser.FromEvent(InboundFixtures.Envelope(payload));

        Assert.Equal(SlackInboundParser.FromEvent(InboundFixtures.Envelope("event_app_mention.json")), command);
        Assert.Equal(new ThreadRef("C111", "1605853844.000800"), command?.Context.Where);
    }

    [Fact]
    public void FromEvent_EmptyEnvelope_Null()
    {
        Assert.Null(SlackInboundParser.FromEvent(new SlackEventEnvelope(null, null, null, null, null, null)));
    }

    [Fact]
    public void FromEvent_EmptyEvent_Null()
    {
        var envelope = new SlackEventEnvelope(SlackEventEnvelope.EventCallback, null, "T1", "Ev1", new SlackEvent(null, null, null, null, null, null, null, null, null), null);

        Assert.Null(SlackInboundParser.FromEvent(envelope));
    }

    [Fact]
    public void FromEvent_UnknownEventTypeFromAPerson_Null()
    {
        Assert.Null(InboundFixtures.Command("event_app_mention.json", e => e["type"] = "reaction_added"));
    }

    [Fact]
    public void FromEvent_NullAuthorizationEntry_NoException()
    {
        var json = InboundFixtures.Json("event_message_thread_reply.json");
        json["authorizations"] = new JsonArray(null, new JsonObject { ["team_id"] = "T111", ["user_id"] = "W111", ["is_bot"] = true });

        Assert.IsType<ThreadReplyCommand>(SlackInboundParser.FromEvent(InboundFixtures.Envelope(json)));
    }

    [Fact]
    public void FromEvent_ThreadReplyMentioningAUserWhoseIdStartsWithTheBotId_ThreadReply()
    {
        var json = InboundFixtures.Json("event_message_thread_reply.json");
        json["authorizations"]![0]!["user_id"] = "U22";
        json["event"]!["text"] = "over to <@U222|dana>";

        Assert.IsType<ThreadReplyCommand>(SlackInboundParser.FromEvent(InboundFixtures.Envelope(json)));
    }
}
