using System.Text;
using System.Text.Json.Nodes;
using Coordination.Slack.Inbound;

namespace Coordination.Slack.Tests.Inbound;

public sealed class SlackEventEnvelopeTests
{
    public static TheoryData<string> EventFixtures =>
    [
        "event_app_mention.json",
        "event_message_changed.json",
        "event_message_from_app_bot_id_no_subtype.json",
        "event_message_subtype_bot_message.json",
        "event_message_thread_broadcast.json",
        "event_message_thread_reply.json",
        "event_message_user_in_channel.json",
    ];

    [Fact]
    public void Parse_UrlVerification_GivesTheChallenge()
    {
        var envelope = InboundFixtures.Envelope("event_url_verification.json");

        Assert.Equal(SlackEventEnvelope.UrlVerification, envelope.Type);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", envelope.Challenge);
        Assert.Null(envelope.Event);
    }

    [Theory]
    [MemberData(nameof(EventFixtures))]
    public void Parse_EventCallbackFixture_ReadsTheEnvelope(string fixture)
    {
        var json = InboundFixtures.Json(fixture);

        var envelope = InboundFixtures.Envelope(fixture);

        Assert.Equal(SlackEventEnvelope.EventCallback, envelope.Type);
        Assert.Equal(json["team_id"]!.GetValue<string>(), envelope.TeamId);
        Assert.Equal(json["event_id"]!.GetValue<string>(), envelope.EventId);
        Assert.Equal(json["event"]!["type"]!.GetValue<string>(), envelope.Event?.Type);
        Assert.Equal(json["event"]!["channel"]!.GetValue<string>(), envelope.Event?.Channel);
        Assert.Equal(json["event"]!["ts"]!.GetValue<string>(), envelope.Event?.Ts);
        Assert.Equal(json["authorizations"]![0]!["user_id"]!.GetValue<string>(), envelope.BotUserId);
    }

    [Fact]
    public void Parse_AppMention_ReadsTheEvent()
    {
        var envelope = InboundFixtures.Envelope("event_app_mention.json");

        Assert.Equal(("T111", "Ev01ERKCFKK9", "U222"), (envelope.TeamId, envelope.EventId, envelope.BotUserId));
        Assert.Equal(new SlackEvent("app_mention", null, "U111", null, "<@U222> hey", "1605853844.000800", null, "C111", null), envelope.Event);
    }

    [Fact]
    public void Parse_ThreadReply_ReadsThreadTsAndChannelType()
    {
        var message = InboundFixtures.Envelope("event_message_thread_reply.json").Event;

        Assert.NotNull(message);
        Assert.Equal(("W222", "1726133700.887259", "1726133698.626339", "channel"), (message.User, message.Ts, message.ThreadTs, message.ChannelType));
        Assert.Null(message.Subtype);
    }

    [Fact]
    public void Parse_BotMessage_ReadsSubtypeAndBotId()
    {
        var message = InboundFixtures.Envelope("event_message_subtype_bot_message.json").Event;

        Assert.Equal(("bot_message", "B888", null), (message?.Subtype, message?.BotId, message?.User));
    }

    [Fact]
    public void Parse_MessageChanged_HasNoTopLevelUser()
    {
        var message = InboundFixtures.Envelope("event_message_changed.json").Event;

        Assert.Equal(("message_changed", null), (message?.Subtype, message?.User));
    }

    [Fact]
    public void BotUserId_NoBotAuthorization_Null()
    {
        var json = InboundFixtures.Json("event_app_mention.json");
        json["authorizations"]![0]!["is_bot"] = false;

        Assert.Null(InboundFixtures.Envelope(json).BotUserId);
    }

    [Fact]
    public void BotUserId_SeveralAuthorizations_TheBotOne()
    {
        var json = InboundFixtures.Json("event_app_mention.json");
        json["authorizations"] = new JsonArray(
            new JsonObject { ["team_id"] = "T111", ["user_id"] = "UHUMAN", ["is_bot"] = false },
            new JsonObject { ["team_id"] = "T111", ["user_id"] = "UBOT", ["is_bot"] = true });

        Assert.Equal("UBOT", InboundFixtures.Envelope(json).BotUserId);
    }

    [Fact]
    public void BotUserId_NoAuthorizations_Null()
    {
        var json = InboundFixtures.Json("event_app_mention.json");
        json.Remove("authorizations");

        Assert.Null(InboundFixtures.Envelope(json).BotUserId);
    }

    [Fact]
    public void Parse_SocketModeEventsApiPayload_SameAsTheHttpBody()
    {
        var socket = InboundFixtures.Json("socket_mode_events_api_envelope.json");
        Assert.Equal("events_api", socket["type"]!.GetValue<string>());

        var envelope = InboundFixtures.Envelope(socket["payload"]!);

        Assert.Equal(InboundFixtures.Envelope("event_app_mention.json").Event, envelope.Event);
        Assert.Equal(("T111", "U222", SlackEventEnvelope.EventCallback), (envelope.TeamId, envelope.BotUserId, envelope.Type));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"type\":")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("[{\"type\":\"event_callback\"}]")]
    [InlineData("42")]
    [InlineData("\"event_callback\"")]
    [InlineData("true")]
    [InlineData("{\"type\":42}")]
    [InlineData("{\"event\":[]}")]
    [InlineData("{\"event\":\"app_mention\"}")]
    [InlineData("{\"authorizations\":{}}")]
    [InlineData("{\"authorizations\":[{\"is_bot\":\"yes\"}]}")]
    [InlineData("{\"type\":\"event_callback\"} trailing")]
    [InlineData("token=x&team_id=T1")]
    public void Parse_Malformed_NullWithoutThrowing(string body)
    {
        Assert.Null(SlackEventEnvelope.Parse(InboundFixtures.Utf8(body)));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"unknown\":{\"deep\":[1,2,3]}}")]
    [InlineData("{\"type\":\"event_callback\",\"event\":{}}")]
    [InlineData("{\"type\":\"event_callback\",\"event\":null,\"authorizations\":null}")]
    [InlineData("{\"type\":\"event_callback\",\"authorizations\":[null]}")]
    public void Parse_EmptyOrPartial_NullOrHarmlessEnvelope(string body)
    {
        var envelope = SlackEventEnvelope.Parse(InboundFixtures.Utf8(body));

        Assert.True(envelope is null || envelope.Challenge is null);
        Assert.Null(envelope is null ? null : SlackInboundParser.FromEvent(envelope));
    }

    [Theory]
    [InlineData("{\"x\xFF\":1}")]
    [InlineData("{\"type\":\"\xFF\xFE\"}")]
    [InlineData("{\"challenge\":\"abc\xC3\x28\"}")]
    [InlineData("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"channel\":\"C1\",\"ts\":\"1.1\",\"text\":\"\xE2\x28\xA1\"}}")]
    [InlineData("\xFF\xFE{}")]
    public void Parse_InvalidUtf8_NullOrHarmlessWithoutThrowing(string latin1)
    {
        var envelope = SlackEventEnvelope.Parse(Encoding.Latin1.GetBytes(latin1));

        Assert.True(envelope is null || envelope.Challenge is null);
    }

    [Fact]
    public void Parse_DeeplyNested_NullWithoutThrowing()
    {
        var body = "{\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        Assert.Null(SlackEventEnvelope.Parse(InboundFixtures.Utf8(body)));
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrows()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 128)];
            random.NextBytes(bytes);

            var envelope = SlackEventEnvelope.Parse(bytes);

            Assert.True(envelope is null || SlackInboundParser.FromEvent(envelope) is null);
        }
    }
}
