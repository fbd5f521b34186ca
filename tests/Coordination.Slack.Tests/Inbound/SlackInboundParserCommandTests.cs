using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Slack.Inbound;

namespace Coordination.Slack.Tests.Inbound;

public sealed class SlackInboundParserCommandTests
{
    private static readonly CommandContext Typed =
        new(ChatPlatform.Slack, "T1", new PersonRef("U9", "dana"), new ThreadRef("C1", null));

    [Fact]
    public void FromSlashCommand_FormBodyFixture_ContextFromThePayload()
    {
        var payload = SlashCommandPayload.Parse(InboundFixtures.Bytes("slash_command_form_body.txt"));

        var command = SlackInboundParser.FromSlashCommand(payload!);

        Assert.Equal(new CommandContext(ChatPlatform.Slack, "T111", new PersonRef("W111", "primary-owner"), new ThreadRef("C111", null)), command.Context);
    }

    [Fact]
    public void FromSlashCommand_FormBodyFixtureText_HelpForTheUnknownWord()
    {
        var help = Assert.IsType<HelpCommand>(SlackInboundParser.FromSlashCommand(SlashCommandPayload.Parse(InboundFixtures.Bytes("slash_command_form_body.txt"))!));

        Assert.Contains("Hi", help.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSlashCommand_AskTwoPeople_AskCommandWithBothStakeholders()
    {
        var ask = Assert.IsType<AskCommand>(FromText("ask <@U1|bob> <@U2|carol> check the rollout plan"));

        Assert.Equal(Typed, ask.Context);
        Assert.Equal<PersonRef>([new("U1", "bob"), new("U2", "carol")], ask.Stakeholders);
        Assert.Equal("check the rollout plan", ask.Title);
        Assert.Null(ask.Due);
        Assert.Null(ask.EscalateTo);
    }

    [Fact]
    public void FromSlashCommand_AskSentAsAFormBody_SameAsTheText()
    {
        var body = InboundFixtures.Form(
        [
            KeyValuePair.Create("team_id", "T1"),
            KeyValuePair.Create("channel_id", "C1"),
            KeyValuePair.Create("user_id", "U9"),
            KeyValuePair.Create("user_name", "dana"),
            KeyValuePair.Create("command", "/coord"),
            KeyValuePair.Create("text", "ask <@U1|bob> <@U2|carol> check the rollout plan"),
        ]);

        var command = SlackInboundParser.FromSlashCommand(SlashCommandPayload.Parse(body)!);

        Assert.Equal(FromText("ask <@U1|bob> <@U2|carol> check the rollout plan"), command, new AskComparer());
    }

    [Fact]
    public void FromSlashCommand_AskWithDueAndEscalation_ReadsBoth()
    {
        var ask = Assert.IsType<AskCommand>(FromText("ask <@U1|bob> review the spec by Friday escalate <@U3|lee>"));

        Assert.Equal(new PersonRef("U1", "bob"), Assert.Single(ask.Stakeholders));
        Assert.Equal(DayOfWeek.Friday, ask.Due?.Next);
        Assert.Equal(new PersonRef("U3", "lee"), ask.EscalateTo);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("help")]
    public void FromSlashCommand_EmptyTextOrHelp_HelpWithoutProblem(string text)
    {
        var help = Assert.IsType<HelpCommand>(FromText(text));

        Assert.Equal(Typed, help.Context);
        Assert.Null(help.Problem);
    }

    [Fact]
    public void FromSlashCommand_Ack_AcknowledgeCommand()
    {
        Assert.Equal(new AcknowledgeCommand(Typed, 7), FromText("ack CR-7"));
    }

    [Fact]
    public void FromSlashCommand_Snooze_SnoozeCommand()
    {
        Assert.Equal(new SnoozeCommand(Typed, 7, TimeSpan.FromDays(2)), FromText("snooze CR-7 2d"));
    }

    [Fact]
    public void FromSlashCommand_Redirect_RedirectCommand()
    {
        Assert.Equal(new RedirectCommand(Typed, 7, new PersonRef("U5", "sam")), FromText("redirect CR-7 <@U5|sam>"));
    }

    [Fact]
    public void FromSlashCommand_ListAll_ListCommand()
    {
        Assert.Equal(new ListCommand(Typed, ListFilter.All), FromText("list all"));
    }

    [Fact]
    public void FromSlashCommand_PlainAtName_HelpAskingForARealMention()
    {
        var help = Assert.IsType<HelpCommand>(FromText("ask @bob review the spec"));

        Assert.Equal("ask", help.Verb);
        Assert.Contains("@bob", help.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSlashCommand_WithoutUserName_ActorWithoutDisplayName()
    {
        var payload = new SlashCommandPayload("T1", null, "C1", "U9", null, "/coord", "list", null);

        Assert.Equal(new PersonRef("U9"), SlackInboundParser.FromSlashCommand(payload).Context.Actor);
    }

    [Fact]
    public void FromSlashCommand_SocketModePayloadAsFormBody_ParsesToHelp()
    {
        var payload = InboundFixtures.Json("socket_mode_slash_commands_envelope.json")["payload"]!.AsObject();

        var parsed = SlashCommandPayload.Parse(InboundFixtures.Form(payload));

        Assert.NotNull(parsed);
        Assert.Equal(("T111", "C111", "U111", "test-test-test", "/hi-socket-mode", string.Empty), (parsed.TeamId, parsed.ChannelId, parsed.UserId, parsed.UserName, parsed.Command, parsed.Text));
        Assert.Equal("https://hooks.slack.com/commands/T111/111/xxx", parsed.ResponseUrl);
        var help = Assert.IsType<HelpCommand>(SlackInboundParser.FromSlashCommand(parsed));
        Assert.Equal(new CommandContext(ChatPlatform.Slack, "T111", new PersonRef("U111", "test-test-test"), new ThreadRef("C111", null)), help.Context);
    }

    [Fact]
    public void FromSlashCommand_SocketModePayloadWithAsk_AskCommand()
    {
        var payload = InboundFixtures.Json("socket_mode_slash_commands_envelope.json")["payload"]!.AsObject();
        payload["text"] = JsonValue.Create("ask <@U1|bob> <@U2|carol> check the rollout plan");

        var ask = Assert.IsType<AskCommand>(SlackInboundParser.FromSlashCommand(SlashCommandPayload.Parse(InboundFixtures.Form(payload))!));

        Assert.Equal<string>(["U1", "U2"], ask.Stakeholders.Select(s => s.PlatformUserId));
    }

    [Fact]
    public void FromSlashCommand_DocsExampleText_HelpNotAThread()
    {
        var payload = new SlashCommandPayload("T0001", "E0001", "C2147483705", "U2147483697", "Steve", "/weather", "94070", null);

        var command = SlackInboundParser.FromSlashCommand(payload);

        Assert.IsType<HelpCommand>(command);
        Assert.Null(command.Context.Where.ThreadId);
        Assert.Equal("T0001", command.Context.WorkspaceId);
    }

    private static ChatCommand FromText(string text) =>
        SlackInboundParser.FromSlashCommand(new SlashCommandPayload("T1", null, "C1", "U9", "dana", "/coord", text, "https://hooks.slack.com/commands/T1/1/x"));

    /// <summary>Records holding lists compare the lists by reference; this compares asks by their contents.</summary>
    private sealed class AskComparer : IEqualityComparer<ChatCommand>
    {
        public bool Equals(ChatCommand? x, ChatCommand? y) =>
            x is AskCommand a && y is AskCommand b
            && a.Context == b.Context && a.Title == b.Title && a.Due == b.Due && a.EscalateTo == b.EscalateTo
            && a.Stakeholders.SequenceEqual(b.Stakeholders);

        public int GetHashCode(ChatCommand obj) => obj.Context.GetHashCode();
    }
}
