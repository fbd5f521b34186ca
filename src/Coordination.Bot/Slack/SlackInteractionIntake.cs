using Coordination.Bot.Engine;
using Coordination.Bot.Home;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Slack.Inbound;
using Coordination.Slack.Outbound;

namespace Coordination.Bot.Slack;

/// <summary>
/// What a verified slash command or interaction does, however it arrived (an HTTP request or a Socket Mode envelope):
/// the answer to give Slack within its three seconds, <c>null</c> for an empty acknowledgement.
/// </summary>
public sealed class SlackInteractionIntake(
    SlackCommandRunner runner, SlackPeople people, SlackForms forms, SlackResponseUrl responseUrls, HomeRefresher homes, TimeProvider time)
{
    public async Task<object?> CommandAsync(SlashCommandPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        payload = payload with { Text = await people.ExpandGroupsAsync(payload.TeamId, payload.Text, cancellationToken) };
        var reply = await runner.RunAsync(SlackInboundParser.FromSlashCommand(payload), null, payload.ResponseUrl, cancellationToken);
        if (reply?.Form is { } form && await forms.OpenAsync(payload.TeamId, payload.UserId, payload.TriggerId, form, cancellationToken))
        {
            return null;
        }

        return reply is null ? new SlackCommandResponse("Working on it; the answer follows here in a moment.") : SlackCommandResponse.For(reply);
    }

    public async Task<object?> InteractionAsync(BlockActionsPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Type == BlockActionsPayload.ViewSubmission)
        {
            return await SubmitAsync(payload, cancellationToken);
        }

        if (SlackHomePress.IsFromHome(payload) && payload is { Team.Id: { } team, User.Id: { } user })
        {
            homes.Opened(team, user);
        }

        if (SlackShortcutParser.FromShortcut(payload) is { } followUp)
        {
            return await OpenFollowUpAsync(followUp, payload, cancellationToken);
        }

        if (SlackInboundParser.FromBlockAction(payload) is { } command)
        {
            var press = payload.Actions![0].ActionTs ?? Guid.CreateVersion7().ToString();
            if (command is OpenFormCommand)
            {
                var opened = await runner.RunAsync(command, null, payload.ResponseUrl, cancellationToken);
                if (opened?.Form is { } form && await forms.OpenAsync(payload.Team!.Id!, payload.User!.Id!, payload.TriggerId, form, cancellationToken))
                {
                    return null;
                }
            }

            await runner.RunAsync(command, (db, reply) => RecordPress(db, command, reply, payload, $"press:{command.Context.WorkspaceId}:{press}", time.GetUtcNow()), payload.ResponseUrl, cancellationToken);
        }

        return null;
    }

    /// <summary>
    /// A submitted modal runs as its command: a field that cannot be used is shown on the form (which stays open); else
    /// the form closes and the answer appears where it was opened.
    /// </summary>
    private async Task<object?> SubmitAsync(BlockActionsPayload payload, CancellationToken cancellationToken)
    {
        if (SlackInboundParser.FromViewSubmission(payload) is not { } submitted)
        {
            return null;
        }

        var form = SlackShortcutParser.Vouched(submitted, payload);

        var key = $"form:{form.Context.WorkspaceId}:{payload.View?.Id ?? Guid.CreateVersion7().ToString()}";
        var reply = await runner.RunAsync(form, (db, reply) =>
        {
            if (reply.Succeeded)
            {
                db.QueueReply(form.Context, reply, key, time.GetUtcNow());
            }
        }, null, cancellationToken);
        return reply is { Succeeded: false } ? new SlackViewErrors(reply.Field ?? ChatForms.FirstField(form.Kind), reply.Text) : null;
    }

    /// <summary>A shortcut opens the follow-up form; where it cannot (the trigger expired), its text goes to the response URL.</summary>
    private async Task<object?> OpenFollowUpAsync(FollowUpCommand command, BlockActionsPayload payload, CancellationToken cancellationToken)
    {
        var reply = await runner.RunAsync(command, null, payload.ResponseUrl, cancellationToken);
        if (reply?.Form is { } form && !await forms.OpenAsync(payload.Team!.Id!, payload.User!.Id!, payload.TriggerId, form, cancellationToken))
        {
            await responseUrls.PostAsync(payload.ResponseUrl, reply);
        }

        return null;
    }

    /// <summary>Tells the presser what happened and, when it changed something, shows the request's new state on the message they pressed.</summary>
    private static void RecordPress(CoordinationDbContext db, ChatCommand command, Reply reply, BlockActionsPayload payload, string key, DateTimeOffset now)
    {
        if (SlackHomePress.IsFromHome(payload))
        {
            HomeReplies.Record(db, command, reply, key, now);
            return;
        }

        if (reply.Text.Length > 0)
        {
            db.QueueReply(command.Context, reply, key + ":reply", now);
        }

        if (reply is { Succeeded: true, Request: { } state } && SlackInboundParser.PressedMessage(payload) is { } pressed && payload.Message?.Text is { } text)
        {
            var buttons = state.IsOpen ? MessageButton.ForRequest(state.Key) : [];
            var update = new OutgoingMessage(ChatPlatform.Slack, command.Context.WorkspaceId, MessageDestination.Replacing(pressed.Channel, pressed.Ts), state.ApplyTo(text), [], buttons);
            db.QueueMessage(update, key + ":update", now);
        }
    }
}
