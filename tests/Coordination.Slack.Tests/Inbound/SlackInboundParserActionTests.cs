using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Slack.Inbound;
using Coordination.Slack.Outbound;

namespace Coordination.Slack.Tests.Inbound;

public sealed class SlackInboundParserActionTests
{
    /// <summary>The fixture's press comes from an ephemeral message, which is no thread: the press acts in the channel.</summary>
    private static readonly CommandContext Presser =
        new(ChatPlatform.Slack, "T111", new PersonRef("W111", "primary-owner"), new ThreadRef("C111", null));

    [Fact]
    public void Parse_PayloadFixtureAsSlackSendsIt_ReadsTheFields()
    {
        var payload = BlockActionsPayload.Parse(InboundFixtures.InteractivityForm(InboundFixtures.Json("interactivity_block_actions_payload.json")));

        AssertFixtureFields(payload);
    }

    [Fact]
    public void Parse_FormBodyFixture_ReadsTheFields()
    {
        AssertFixtureFields(BlockActionsPayload.Parse(InboundFixtures.Bytes("interactivity_block_actions_form_body.txt")));
    }

    [Fact]
    public void Parse_FormBodyFixtureAndPayloadFixture_Equivalent()
    {
        var fromForm = BlockActionsPayload.Parse(InboundFixtures.Bytes("interactivity_block_actions_form_body.txt"));
        var fromJson = BlockActionsPayload.Parse(InboundFixtures.InteractivityForm(InboundFixtures.Json("interactivity_block_actions_payload.json")));

        Assert.NotNull(fromForm);
        Assert.NotNull(fromJson);
        Assert.Equal((fromJson.Type, fromJson.Team, fromJson.User, fromJson.Channel, fromJson.Container, fromJson.ResponseUrl), (fromForm.Type, fromForm.Team, fromForm.User, fromForm.Channel, fromForm.Container, fromForm.ResponseUrl));
        Assert.Equal(fromJson.Actions!, fromForm.Actions!);
    }

    [Fact]
    public void FromBlockAction_FixtureActionIsNotOurs_Null()
    {
        var payload = BlockActionsPayload.Parse(InboundFixtures.Bytes("interactivity_block_actions_form_body.txt"));

        Assert.Null(SlackInboundParser.FromBlockAction(payload!));
    }

    [Fact]
    public void FromBlockAction_UnknownActionWithRequestKey_Null()
    {
        Assert.Null(SlackInboundParser.FromBlockAction(Pressed("a", "CR-7")));
    }

    [Fact]
    public void FromBlockAction_Acknowledge_AcknowledgeCommandForThePresser()
    {
        Assert.Equal(new AcknowledgeCommand(Presser, 7), SlackInboundParser.FromBlockAction(Pressed(MessageButton.Acknowledge, "CR-7")));
    }

    [Fact]
    public void FromBlockAction_Done_DoneCommandForThePresser()
    {
        Assert.Equal(new DoneCommand(Presser, 7), SlackInboundParser.FromBlockAction(Pressed(MessageButton.Done, "CR-7")));
    }

    [Theory]
    [InlineData(MessageButton.Snooze, RequestForms.Snooze)]
    [InlineData(MessageButton.Decline, RequestForms.Decline)]
    [InlineData(MessageButton.NotMe, RequestForms.NotMe)]
    public void FromBlockAction_SnoozeDeclineOrNotMe_OpensItsFormAboutTheRequest(string actionId, string kind)
    {
        var open = Assert.IsType<OpenFormCommand>(SlackInboundParser.FromBlockAction(Pressed(actionId, "CR-7")));

        Assert.Equal((Presser, kind, 7, Presser.Where), (open.Context, open.Kind, open.State.RequestNumber, open.State.Where));
    }

    [Theory]
    [InlineData(MessageButton.Acknowledge, typeof(AcknowledgeCommand))]
    [InlineData(MessageButton.Done, typeof(DoneCommand))]
    [InlineData(MessageButton.Snooze, typeof(OpenFormCommand))]
    [InlineData(MessageButton.Decline, typeof(OpenFormCommand))]
    [InlineData(MessageButton.NotMe, typeof(OpenFormCommand))]
    public void FromBlockAction_EachRequestButton_ItsCommandForThePresser(string actionId, Type expected)
    {
        var command = SlackInboundParser.FromBlockAction(Pressed(actionId, "CR-7"));

        Assert.IsType(expected, command);
        Assert.Equal(Presser, command!.Context);
    }

    [Fact]
    public void FromBlockAction_EveryButtonWeRender_IsUnderstood()
    {
        foreach (var button in MessageButton.ForRequest("CR-42"))
        {
            var command = SlackInboundParser.FromBlockAction(Pressed(button.Action, button.Value));

            Assert.NotNull(command);
            Assert.Equal(Presser, command.Context);
        }
    }

    [Theory]
    [InlineData("cr-7")]
    [InlineData(" CR-7 ")]
    public void FromBlockAction_KeyInOtherCaseOrSpaced_StillRequestSeven(string value)
    {
        Assert.Equal(new AcknowledgeCommand(Presser, 7), SlackInboundParser.FromBlockAction(Pressed(MessageButton.Acknowledge, value)));
    }

    [Theory]
    [InlineData("click_me_123")]
    [InlineData("7")]
    [InlineData("CR-")]
    [InlineData("CR-0")]
    [InlineData("CR--7")]
    [InlineData("CR-7x")]
    [InlineData("CR-99999999999")]
    [InlineData("")]
    [InlineData(null)]
    public void FromBlockAction_ValueNotARequestKey_Null(string? value)
    {
        Assert.Null(SlackInboundParser.FromBlockAction(Pressed(MessageButton.Done, value)));
    }

    [Fact]
    public void FromBlockAction_ContainerThreadTs_WhereIsTheThread()
    {
        var command = SlackInboundParser.FromBlockAction(Pressed(MessageButton.Done, "CR-7", p => p["container"]!["thread_ts"] = "100.001"));

        Assert.Equal(new ThreadRef("C111", "100.001"), command?.Context.Where);
    }

    [Fact]
    public void FromBlockAction_MessageThreadTs_WhereIsTheThread()
    {
        var command = SlackInboundParser.FromBlockAction(Pressed(MessageButton.Done, "CR-7", p => p["message"] = new JsonObject { ["ts"] = "111.222", ["thread_ts"] = "100.001" }));

        Assert.Equal(new ThreadRef("C111", "100.001"), command?.Context.Where);
    }

    [Fact]
    public void FromBlockAction_NotEphemeral_WhereIsThePressedMessagesThread()
    {
        var command = SlackInboundParser.FromBlockAction(Pressed(MessageButton.Done, "CR-7", p => p["container"]!["is_ephemeral"] = false));

        Assert.Equal(new ThreadRef("C111", "111.222"), command?.Context.Where);
    }

    [Fact]
    public void FromBlockAction_NoContainer_UsesChannelAndMessageTs()
    {
        var command = SlackInboundParser.FromBlockAction(Pressed(MessageButton.Done, "CR-7", p =>
        {
            p.Remove("container");
            p["message"] = new JsonObject { ["ts"] = "333.444" };
        }));

        Assert.Equal(new ThreadRef("C111", "333.444"), command?.Context.Where);
    }

    [Fact]
    public void FromBlockAction_UserWithUsernameOnly_ActorNamedByUsername()
    {
        var command = SlackInboundParser.FromBlockAction(Pressed(MessageButton.Done, "CR-7", p => p["user"]!.AsObject().Remove("name")));

        Assert.Equal(new PersonRef("W111", "primary-owner"), command?.Context.Actor);
    }

    [Theory]
    [InlineData("team")]
    [InlineData("user")]
    [InlineData("actions")]
    [InlineData("type")]
    public void FromBlockAction_RequiredPartMissing_Null(string part)
    {
        Assert.Null(SlackInboundParser.FromBlockAction(Pressed(MessageButton.Done, "CR-7", p => p.Remove(part))));
    }

    [Fact]
    public void FromBlockAction_NoChannelAnywhere_Null()
    {
        Assert.Null(SlackInboundParser.FromBlockAction(Pressed(MessageButton.Done, "CR-7", p =>
        {
            p.Remove("channel");
            p["container"]!.AsObject().Remove("channel_id");
        })));
    }

    [Fact]
    public void FromBlockAction_EmptyActions_Null()
    {
        Assert.Null(SlackInboundParser.FromBlockAction(Pressed(MessageButton.Done, "CR-7", p => p["actions"] = new JsonArray())));
    }

    [Fact]
    public void FromBlockAction_ViewSubmission_Null()
    {
        Assert.Null(SlackInboundParser.FromBlockAction(Pressed(MessageButton.Done, "CR-7", p => p["type"] = "view_submission")));
    }

    [Fact]
    public void FromBlockAction_SocketModeInteractivePayload_ParsedLikeOverHttp()
    {
        var payload = InboundFixtures.Json("socket_mode_interactive_envelope.json")["payload"]!.AsObject();
        payload["actions"]![0]!["action_id"] = MessageButton.Acknowledge;
        payload["actions"]![0]!["value"] = "CR-7";

        var parsed = BlockActionsPayload.Parse(InboundFixtures.InteractivityForm(payload));

        Assert.NotNull(parsed);
        Assert.Equal(("T111", "U111", "https://hooks.slack.com/actions/T111/111/xxx"), (parsed.Team?.Id, parsed.User?.Id, parsed.ResponseUrl));
        var context = new CommandContext(ChatPlatform.Slack, "T111", new PersonRef("U111", "test-test-test"), new ThreadRef("C111", "1605853634.000400"));
        Assert.Equal(new AcknowledgeCommand(context, 7), SlackInboundParser.FromBlockAction(parsed));
    }

    [Fact]
    public void FromBlockAction_SocketModeInteractiveFixture_NotOurs_Null()
    {
        var payload = InboundFixtures.Json("socket_mode_interactive_envelope.json")["payload"]!;

        var parsed = BlockActionsPayload.Parse(InboundFixtures.InteractivityForm(payload));

        Assert.Equal(("a", "underlying"), (parsed?.Actions?[0].ActionId, parsed?.Actions?[0].Value));
        Assert.Null(SlackInboundParser.FromBlockAction(parsed!));
    }

    [Fact]
    public void PressedMessage_SocketModeInteractiveFixture_ChannelAndMessageTs()
    {
        var payload = BlockActionsPayload.Parse(InboundFixtures.InteractivityForm(InboundFixtures.Json("socket_mode_interactive_envelope.json")["payload"]!));

        Assert.Equal(("C111", "1605853634.000400"), SlackInboundParser.PressedMessage(payload!));
    }

    [Fact]
    public void PressedMessage_NonEphemeralContainer_ChannelAndMessageTs()
    {
        var payload = Pressed(MessageButton.Done, "CR-7", p => p["container"]!["is_ephemeral"] = false);

        Assert.Equal(("C111", "111.222"), SlackInboundParser.PressedMessage(payload));
    }

    [Fact]
    public void PressedMessage_EphemeralContainerFixture_Null()
    {
        var payload = BlockActionsPayload.Parse(InboundFixtures.Bytes("interactivity_block_actions_form_body.txt"));

        Assert.Null(SlackInboundParser.PressedMessage(payload!));
    }

    [Fact]
    public void PressedMessage_InThread_TheMessageNotTheThreadRoot()
    {
        var payload = Pressed(MessageButton.Done, "CR-7", p =>
        {
            p["container"]!["is_ephemeral"] = false;
            p["container"]!["thread_ts"] = "100.001";
        });

        Assert.Equal(("C111", "111.222"), SlackInboundParser.PressedMessage(payload));
    }

    [Fact]
    public void PressedMessage_NoContainer_ChannelAndMessage()
    {
        var payload = Pressed(MessageButton.Done, "CR-7", p =>
        {
            p.Remove("container");
            p["message"] = new JsonObject { ["ts"] = "333.444" };
        });

        Assert.Equal(("C111", "333.444"), SlackInboundParser.PressedMessage(payload));
    }

    [Fact]
    public void PressedMessage_OneRowOfAListOfRequests_NullSoTheListStaysAsItIs()
    {
        var payload = Pressed(MessageButton.Done, "CR-7", p =>
        {
            p["container"]!["is_ephemeral"] = false;
            p["actions"]![0]!["block_id"] = BlockKitRenderer.ListedActionsBlockPrefix + "CR-7";
        });

        Assert.Null(SlackInboundParser.PressedMessage(payload));
        Assert.Equal(7, Assert.IsType<DoneCommand>(SlackInboundParser.FromBlockAction(payload)).RequestNumber);
    }

    [Fact]
    public void PressedMessage_NoMessageTs_Null()
    {
        var payload = Pressed(MessageButton.Done, "CR-7", p =>
        {
            p["container"]!["is_ephemeral"] = false;
            p["container"]!.AsObject().Remove("message_ts");
        });

        Assert.Null(SlackInboundParser.PressedMessage(payload));
    }

    [Theory]
    [InlineData("")]
    [InlineData("token=x&team_id=T1")]
    [InlineData("payload=")]
    [InlineData("payload=%20%20")]
    [InlineData("payload=not%20json")]
    [InlineData("payload=%7B")]
    [InlineData("payload=%5B%5D")]
    [InlineData("payload=42")]
    [InlineData("payload=%7B%22type%22%3A42%7D")]
    [InlineData("payload=%7B%22actions%22%3A%7B%7D%7D")]
    [InlineData("payload=%7B%22container%22%3A%7B%22is_ephemeral%22%3A%22yes%22%7D%7D")]
    [InlineData("{\"type\":\"block_actions\"}")]
    [InlineData("%%%")]
    public void Parse_NoPayloadOrNotJson_NullWithoutThrowing(string body)
    {
        Assert.Null(BlockActionsPayload.Parse(InboundFixtures.Utf8(body)));
    }

    [Theory]
    [InlineData("payload=null")]
    [InlineData("payload=%7B%7D")]
    [InlineData("payload=%7B%22actions%22%3A%5Bnull%5D%7D")]
    public void Parse_EmptyOrPartialPayload_NullOrNotActedOn(string body)
    {
        var payload = BlockActionsPayload.Parse(InboundFixtures.Utf8(body));

        Assert.True(payload is null || (SlackInboundParser.FromBlockAction(payload) is null && SlackInboundParser.PressedMessage(payload) is null));
    }

    [Fact]
    public void Parse_InvalidUtf8_NullWithoutThrowing()
    {
        Assert.Null(BlockActionsPayload.Parse([0xFF, 0xFE, 0x70, 0x3D, 0xC3, 0x28]));
    }

    [Fact]
    public void Parse_RandomBytes_NullWithoutThrowing()
    {
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 256)];
            random.NextBytes(bytes);

            Assert.Null(BlockActionsPayload.Parse(bytes));
        }
    }

    private static void AssertFixtureFields(BlockActionsPayload? payload)
    {
        Assert.NotNull(payload);
        Assert.Equal(BlockActionsPayload.BlockActions, payload.Type);
        Assert.Equal("T111", payload.Team?.Id);
        Assert.Equal(("W111", "primary-owner", "primary-owner"), (payload.User?.Id, payload.User?.Name, payload.User?.Username));
        Assert.Equal(new SlackContainer("message", "111.222", "C111", null, true), payload.Container);
        Assert.Equal("C111", payload.Channel?.Id);
        Assert.Equal(new SlackAction("a", "b", "click_me_123", "1596530385.194939"), Assert.Single(payload.Actions!));
        Assert.Equal("https://hooks.slack.com/actions/T111/111/random-value", payload.ResponseUrl);
        Assert.Null(payload.Message);
    }

    /// <summary>The fixture's press, as one of our buttons, parsed from the form body Slack would send.</summary>
    private static BlockActionsPayload Pressed(string actionId, string? value, Action<JsonObject>? change = null)
    {
        var json = InboundFixtures.Json("interactivity_block_actions_payload.json");
        json["actions"]![0]!["action_id"] = actionId;
        json["actions"]![0]!["value"] = value;
        change?.Invoke(json);
        return BlockActionsPayload.Parse(InboundFixtures.InteractivityForm(json))!;
    }
}
