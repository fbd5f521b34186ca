using System.Text;
using System.Text.Json.Nodes;
using Coordination.Slack.Inbound;
using Coordination.Slack.Socket;

namespace Coordination.Slack.Tests.Socket;

/// <summary>Socket Mode frames read from Slack's samples, the acknowledgement, the reconnect backoff and the options.</summary>
public sealed class SocketModeTests
{
    [Fact]
    public void Parse_SlashCommandsEnvelope_IdAcceptsResponsePayloadAndTheCommand()
    {
        var envelope = SocketModeEnvelope.Parse(Fixture("socket_mode_slash_commands_envelope.json"))!;

        Assert.Equal((SocketModeEnvelope.SlashCommands, "xxx-11-222-yyy-zzz", true), (envelope.Type, envelope.EnvelopeId, envelope.AcceptsResponsePayload));
        var command = SlashCommandPayload.FromJson(envelope.Payload)!;
        Assert.Equal(("T111", "C111", "U111", "/hi-socket-mode", "111.222.xxx"), (command.TeamId, command.ChannelId, command.UserId, command.Command, command.TriggerId));
    }

    [Fact]
    public void Parse_EventsApiEnvelope_RetryFieldsAndTheEventCallback()
    {
        var envelope = SocketModeEnvelope.Parse(Fixture("socket_mode_events_api_envelope.json"))!;

        Assert.Equal((SocketModeEnvelope.EventsApi, 0, ""), (envelope.Type, envelope.RetryAttempt, envelope.RetryReason));
        Assert.Equal("Ev01ERKCFKK9", SlackEventEnvelope.Parse(envelope.Payload)!.EventId);
    }

    [Fact]
    public void Parse_InteractiveEnvelope_BlockActionsPayload()
    {
        var envelope = SocketModeEnvelope.Parse(Fixture("socket_mode_interactive_envelope.json"))!;

        var payload = BlockActionsPayload.ParseJson(envelope.Payload)!;
        Assert.Equal((BlockActionsPayload.BlockActions, "T111", "a"), (payload.Type, payload.Team!.Id, payload.Actions![0].ActionId));
    }

    [Fact]
    public void Parse_Hello_NeedsNoAck()
    {
        var hello = SocketModeEnvelope.Parse(Fixture("socket_mode_hello.json"))!;

        Assert.Equal(SocketModeEnvelope.Hello, hello.Type);
        Assert.False(hello.NeedsAck);
    }

    [Theory]
    [InlineData(0, "link_disabled")]
    [InlineData(1, "warning")]
    [InlineData(2, "refresh_requested")]
    public void Parse_DisconnectSamples_Reason(int index, string reason)
    {
        var frame = JsonNode.Parse(Fixture("socket_mode_disconnect_messages.json"))![index]!.ToJsonString();

        var disconnect = SocketModeEnvelope.Parse(Encoding.UTF8.GetBytes(frame))!;

        Assert.Equal((SocketModeEnvelope.Disconnect, reason), (disconnect.Type, disconnect.Reason));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"envelope_id":"x"}""")]
    public void Parse_NotAFrame_Null(string frame)
    {
        Assert.Null(SocketModeEnvelope.Parse(Encoding.UTF8.GetBytes(frame)));
    }

    [Fact]
    public void Ack_WithAnswer_EnvelopeIdAndPayload()
    {
        var ack = JsonNode.Parse(SocketModeAck.For("e-1", new JsonObject { ["text"] = "hi" }))!;

        Assert.Equal("e-1", ack["envelope_id"]!.GetValue<string>());
        Assert.Equal("hi", ack["payload"]!["text"]!.GetValue<string>());
        Assert.Null(JsonNode.Parse(SocketModeAck.For("e-2", null))!["payload"]);
    }

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 0.999999, 1000)]
    [InlineData(2, 0.0, 1000)]
    [InlineData(4, 0.0, 4000)]
    [InlineData(7, 0.0, 30_000)]
    [InlineData(8, 0.999999, 60_000)]
    [InlineData(40, 0.0, 30_000)]
    public void Backoff_Failures_DoublesWithJitterUpToTheCap(int failures, double random, int expectedMilliseconds)
    {
        var delay = SocketModeBackoff.Delay(failures, random);

        Assert.InRange(delay.TotalMilliseconds, expectedMilliseconds - 1, expectedMilliseconds);
        Assert.True(delay <= SocketModeBackoff.Cap);
    }

    [Fact]
    public void Backoff_NoFailure_NoWait()
    {
        Assert.Equal(TimeSpan.Zero, SocketModeBackoff.Delay(0, 0.5));
    }

    [Theory]
    [InlineData("xoxb-1", 2, "Slack:AppToken")]
    [InlineData("xapp-1", 0, "Slack:SocketConnections")]
    [InlineData("xapp-1", 11, "Slack:SocketConnections")]
    public void Validate_SocketModeSettingsOutOfRange_FailsNamingTheKey(string appToken, int connections, string key)
    {
        var options = new SlackOptions { BotToken = "xoxb-1", AppToken = appToken, SocketConnections = connections };

        var result = new SlackOptionsValidator().Validate(null, options);

        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(appToken, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SocketModeWithBotTokenAndNoSigningSecret_Succeeds()
    {
        var options = new SlackOptions { BotToken = "xoxb-1", AppToken = "xapp-1-A1-2-abc" };

        Assert.True(new SlackOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(options.IsEnabled);
    }

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
