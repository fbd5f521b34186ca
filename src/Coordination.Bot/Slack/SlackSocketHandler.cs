using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Data;
using Coordination.Data.Security;
using Coordination.Slack.Inbound;
using Coordination.Slack.Socket;

namespace Coordination.Bot.Slack;

/// <summary>
/// A Socket Mode envelope, acted on by the same intake as the HTTP endpoint of its kind (the app token authenticated
/// the socket, so there is no signature to check). Slack may deliver an envelope twice, on either connection: events
/// are stored once by their event id, and a command or interaction is acted on once by its trigger (or envelope) id.
/// </summary>
public sealed class SlackSocketHandler(IServiceScopeFactory scopes, TimeProvider time, ILogger<SlackSocketHandler> logger) : ISocketModeHandler
{
    /// <summary>How long a command's or interaction's id is remembered: far longer than Slack goes on redelivering.</summary>
    private static readonly TimeSpan Remembered = TimeSpan.FromHours(1);

    public async Task<JsonNode?> HandleAsync(SocketModeEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var body = envelope.Payload ?? [];
        switch (envelope.Type)
        {
            case SocketModeEnvelope.EventsApi when SlackEventEnvelope.Parse(body) is { Type: SlackEventEnvelope.EventCallback } events:
                var retry = envelope.RetryAttempt.ToString(CultureInfo.InvariantCulture);
                await services.GetRequiredService<SlackEventIntake>().ReceiveAsync(events, body, retry, cancellationToken);
                return null;
            case SocketModeEnvelope.SlashCommands when SlashCommandPayload.FromJson(body) is { } command:
                return await FirstTimeAsync(services, envelope, command.TriggerId, cancellationToken)
                    ? ToNode(await services.GetRequiredService<SlackInteractionIntake>().CommandAsync(command, cancellationToken))
                    : null;
            case SocketModeEnvelope.Interactive when BlockActionsPayload.ParseJson(body) is { } interaction:
                return await FirstTimeAsync(services, envelope, interaction.TriggerId, cancellationToken)
                    ? ToNode(await services.GetRequiredService<SlackInteractionIntake>().InteractionAsync(interaction, cancellationToken))
                    : null;
            default:
                Log.SlackSocketEnvelopeIgnored(logger, envelope.Type);
                return null;
        }
    }

    /// <summary>Whether this delivery is the first of its command or interaction, here or on any instance sharing the database.</summary>
    private async Task<bool> FirstTimeAsync(IServiceProvider services, SocketModeEnvelope envelope, string? triggerId, CancellationToken cancellationToken)
    {
        var key = triggerId is { Length: > 0 } ? $"slack-socket:trigger:{triggerId}" : $"slack-socket:envelope:{envelope.EnvelopeId}";
        var db = services.GetRequiredService<CoordinationDbContext>();
        if (await db.TryRememberRequestAsync(key, time.GetUtcNow() + Remembered, cancellationToken))
        {
            return true;
        }

        Log.SlackSocketEnvelopeRepeated(logger, envelope.Type, envelope.RetryAttempt);
        return false;
    }

    private static JsonNode? ToNode(object? answer) => answer is null ? null : JsonSerializer.SerializeToNode(answer, answer.GetType());
}
