using Coordination.Slack.Inbound;

namespace Coordination.Slack.Tests.Inbound;

public sealed class SlashCommandPayloadTests
{
    private static readonly KeyValuePair<string, string>[] Required =
    [
        KeyValuePair.Create("team_id", "T1"),
        KeyValuePair.Create("channel_id", "C1"),
        KeyValuePair.Create("user_id", "U1"),
        KeyValuePair.Create("command", "/coord"),
    ];

    [Fact]
    public void Parse_FormBodyFixture_ReadsEveryField()
    {
        var payload = SlashCommandPayload.Parse(InboundFixtures.Bytes("slash_command_form_body.txt"));

        Assert.NotNull(payload);
        Assert.Equal("T111", payload.TeamId);
        Assert.Equal("E111", payload.EnterpriseId);
        Assert.Equal("C111", payload.ChannelId);
        Assert.Equal("W111", payload.UserId);
        Assert.Equal("primary-owner", payload.UserName);
        Assert.Equal("/hello-world", payload.Command);
        Assert.Equal("Hi", payload.Text);
        Assert.Equal("https://hooks.slack.com/commands/T111/111/xxxxx", payload.ResponseUrl);
    }

    [Fact]
    public void Parse_SigningTestVectorBody_ReadsItWithEmptyText()
    {
        var body = InboundFixtures.Json("signing_test_vector_slack_docs.json")["raw_body"]!.GetValue<string>();

        var payload = SlashCommandPayload.Parse(InboundFixtures.Utf8(body));

        Assert.NotNull(payload);
        Assert.Equal(("T1DC2JH3J", "G8PSS9T3V", "U2CERLKJA", "roadrunner", "/webhook-collect"), (payload.TeamId, payload.ChannelId, payload.UserId, payload.UserName, payload.Command));
        Assert.Equal(string.Empty, payload.Text);
        Assert.Null(payload.EnterpriseId);
    }

    [Fact]
    public void Parse_DocsExamplePayload_ReadsEveryField()
    {
        var payload = SlashCommandPayload.Parse(DocsExampleBody());

        Assert.NotNull(payload);
        Assert.Equal("T0001", payload.TeamId);
        Assert.Equal("E0001", payload.EnterpriseId);
        Assert.Equal("C2147483705", payload.ChannelId);
        Assert.Equal("U2147483697", payload.UserId);
        Assert.Equal("Steve", payload.UserName);
        Assert.Equal("/weather", payload.Command);
        Assert.Equal("94070", payload.Text);
        Assert.Equal("https://hooks.slack.com/commands/1234/5678", payload.ResponseUrl);
    }

    [Theory]
    [InlineData("team_id")]
    [InlineData("channel_id")]
    [InlineData("user_id")]
    [InlineData("command")]
    public void Parse_RequiredFieldMissing_Null(string missing)
    {
        var body = InboundFixtures.Form(Required.Where(f => f.Key != missing));

        Assert.Null(SlashCommandPayload.Parse(body));
    }

    [Theory]
    [InlineData("team_id")]
    [InlineData("channel_id")]
    [InlineData("user_id")]
    [InlineData("command")]
    public void Parse_RequiredFieldBlank_Null(string blank)
    {
        var body = InboundFixtures.Form(Required.Select(f => f.Key == blank ? KeyValuePair.Create(f.Key, "  ") : f));

        Assert.Null(SlashCommandPayload.Parse(body));
    }

    [Fact]
    public void Parse_OnlyRequiredFields_OptionalFieldsNullAndTextEmpty()
    {
        var payload = SlashCommandPayload.Parse(InboundFixtures.Form(Required));

        Assert.NotNull(payload);
        Assert.Equal(("T1", "C1", "U1", "/coord"), (payload.TeamId, payload.ChannelId, payload.UserId, payload.Command));
        Assert.Equal(string.Empty, payload.Text);
        Assert.Null(payload.EnterpriseId);
        Assert.Null(payload.UserName);
        Assert.Null(payload.ResponseUrl);
    }

    [Theory]
    [InlineData("")]
    [InlineData("&&&")]
    [InlineData("=")]
    [InlineData("%")]
    [InlineData("%%%zz=%")]
    [InlineData("team_id")]
    [InlineData("\0\0\0")]
    [InlineData("{\"team_id\":\"T1\",\"channel_id\":\"C1\",\"user_id\":\"U1\",\"command\":\"/coord\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    public void Parse_NotAFormBody_NullWithoutThrowing(string body)
    {
        Assert.Null(SlashCommandPayload.Parse(InboundFixtures.Utf8(body)));
    }

    [Fact]
    public void Parse_InvalidUtf8_NullWithoutThrowing()
    {
        Assert.Null(SlashCommandPayload.Parse([0xFF, 0xFE, 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0x80]));
    }

    [Fact]
    public void Parse_RandomBytes_NullWithoutThrowing()
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 256)];
            random.NextBytes(bytes);

            Assert.Null(SlashCommandPayload.Parse(bytes));
        }
    }

    [Fact]
    public void Parse_PercentEncodedInvalidUtf8InAValue_DoesNotThrow()
    {
        var body = InboundFixtures.Utf8("team_id=T1&channel_id=C1&user_id=U1&command=%2Fcoord&text=%FF%FE%C3%28");

        var payload = SlashCommandPayload.Parse(body);

        Assert.NotNull(payload);
        Assert.Equal("T1", payload.TeamId);
    }

    [Fact]
    public void Parse_TextWithEscapedMentions_SurvivesEncoding()
    {
        const string Text = "ask <@U024BE7LH|bob> & <@U0G9QF9C6|carol> review <#C024BE7LR|general> 100% by Friday + notes=yes";
        var body = InboundFixtures.Form([.. Required, KeyValuePair.Create("text", Text)]);

        Assert.Equal(Text, SlashCommandPayload.Parse(body)?.Text);
    }

    [Fact]
    public void Parse_TextEncodedWithPlusForSpaces_DecodesSpaces()
    {
        var body = InboundFixtures.Utf8("team_id=T1&channel_id=C1&user_id=U1&command=%2Fcoord&text=ask+%3C%40U024BE7LH%7Cbob%3E+review+the+spec");

        Assert.Equal("ask <@U024BE7LH|bob> review the spec", SlashCommandPayload.Parse(body)?.Text);
    }

    [Fact]
    public void Parse_NonAsciiText_DecodesUtf8()
    {
        var body = InboundFixtures.Form([.. Required, KeyValuePair.Create("text", "ask <@U1|zoë> check the café menu ✅")]);

        Assert.Equal("ask <@U1|zoë> check the café menu ✅", SlashCommandPayload.Parse(body)?.Text);
    }

    [Fact]
    public void Parse_LeadingQuestionMark_StillReadsTheFields()
    {
        var body = InboundFixtures.Utf8("?team_id=T1&channel_id=C1&user_id=U1&command=%2Fcoord");

        Assert.Equal("T1", SlashCommandPayload.Parse(body)?.TeamId);
    }

    /// <summary>The docs example is one unencoded <c>key=value</c> per line (lines after the first start with <c>&amp;</c>).</summary>
    private static byte[] DocsExampleBody() => InboundFixtures.Form(
        File.ReadAllLines(InboundFixtures.FullPath("slash_command_docs_example_payload.txt"))
            .Select(line => line.Trim().TrimStart('&'))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('=', 2))
            .Select(parts => KeyValuePair.Create(parts[0], parts.Length > 1 ? parts[1] : string.Empty)));
}
