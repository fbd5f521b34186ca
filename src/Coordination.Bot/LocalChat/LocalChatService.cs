using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Delivery;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// What people do on the local page, through the same engine as Slack and Teams: a message is kept, the command it
/// carries runs (its answer queued for the writer alone), a press runs the button's command and shows the request's
/// new state on the pressed message; then the outbox is delivered at once, so the bot's answer shows without waiting
/// for the delivery job.
/// </summary>
public sealed class LocalChatService(IServiceScopeFactory scopes, LocalTranscript transcript, TimeProvider time)
{
    /// <summary>Keeps what <paramref name="actor"/> wrote and acts on it; the reply is <c>null</c> when it carried no command.</summary>
    public async Task<(LocalTranscriptEntry Written, Reply? Reply)> WriteAsync(LocalPerson actor, string conversation, string? threadId, string text, CancellationToken cancellationToken)
    {
        var written = transcript.Write(actor.Id, conversation, threadId, text);
        var command = LocalInbound.CommandOf(actor, written);
        var reply = command is null ? null : await RunAsync(command, (db, reply) =>
        {
            if (command is not ThreadReplyCommand)
            {
                QueueReply(db, command, reply, $"local:{written.Id}:reply");
            }
        }, cancellationToken);
        if (command is null or ThreadReplyCommand && LocalInbound.RequestMentionsOf(actor, written) is { } mentions)
        {
            await RunAsync(mentions, (db, lines) => QueueReply(db, mentions, lines, $"local:{written.Id}:mentions"), cancellationToken);
        }

        return (written, command is ThreadReplyCommand ? null : reply);
    }

    /// <summary>
    /// Shows <paramref name="emoji"/> on <paramref name="reacted"/> and, in a request's thread, lets it answer as the
    /// button would (a stakeholder's only; anyone else's changes nothing). The message as it now is.
    /// </summary>
    public async Task<LocalTranscriptEntry> ReactAsync(LocalPerson actor, LocalTranscriptEntry reacted, string emoji, ReactionAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reacted);
        var thread = new ThreadRef(reacted.Conversation, reacted.ThreadId ?? reacted.Id);
        await RunAsync(new ReactionCommand(LocalWorkspace.Context(actor, thread), answer), (_, _) => { }, cancellationToken);
        return transcript.React(reacted.Id, actor.Id, emoji) ?? reacted;
    }

    /// <summary>A press of <paramref name="button"/> on <paramref name="pressed"/>, or <c>null</c> when the button is not one of the bot's.</summary>
    public async Task<Reply?> PressAsync(LocalPerson actor, LocalTranscriptEntry pressed, MessageButton button, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pressed);
        ArgumentNullException.ThrowIfNull(button);

        // A press on an answer only its reader sees acts where that answer is; on a post, in the post's thread.
        var thread = pressed.VisibleTo is null && !LocalWorkspace.IsDirect(pressed.Conversation) ? pressed.ThreadId ?? pressed.Id : pressed.ThreadId;
        var context = LocalWorkspace.Context(actor, new ThreadRef(pressed.Conversation, thread));
        if (ButtonPress.ToCommand(button.Action, button.Value, context) is not { } command)
        {
            return null;
        }

        var key = $"local-press:{Guid.CreateVersion7():N}";
        return await RunAsync(command, (db, reply) => RecordPress(db, command, reply, pressed, key), cancellationToken);
    }

    /// <summary>A press in the Home panel: its answer goes to the presser's direct messages with the bot.</summary>
    public Task<Reply> RunForHomeAsync(ChatCommand command, CancellationToken cancellationToken) =>
        RunAsync(command, (db, reply) =>
        {
            if (reply.Text.Length > 0)
            {
                db.QueueReply(command.Context, reply, $"local-home:{Guid.CreateVersion7():N}:reply", time.GetUtcNow());
            }
        }, cancellationToken);
    /// <summary>
    /// "Follow up on this" on <paramref name="message"/>: the new-request form, for <paramref name="actor"/> alone, in the
    /// message's thread (a direct message's follow-up chooses a channel); the answer carries it.
    /// </summary>
    public Task<Reply> FollowUpAsync(LocalPerson actor, LocalTranscriptEntry message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var direct = LocalWorkspace.IsDirect(message.Conversation);
        var where = new ThreadRef(message.Conversation, direct ? message.ThreadId : message.ThreadId ?? message.Id);
        var command = new FollowUpCommand(LocalWorkspace.Context(actor, where), LocalInbound.WithMentions(message.Text), ChooseChannel: direct);
        var key = $"local-follow-up:{Guid.CreateVersion7():N}";
        return RunAsync(command, (db, reply) => db.QueueReply(command.Context, reply, key, time.GetUtcNow()), cancellationToken);
    }

    /// <summary>
    /// A form <paramref name="actor"/> filled in: runs as its command where it was opened; the answer is posted there
    /// unless a field needs fixing (then it is the dialog's to show).
    /// </summary>
    public async Task<Reply> SubmitFormAsync(LocalPerson actor, ChatForm form, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(form);
        var command = new SubmitFormCommand(LocalWorkspace.Context(actor, form.State.Where), form.Kind, form.State, values);
        var key = $"local-form:{Guid.CreateVersion7():N}";
        return await RunAsync(command, (db, reply) =>
        {
            if (reply.Succeeded && reply.Text.Length > 0)
            {
                db.QueueReply(command.Context, reply, key, time.GetUtcNow());
            }
        }, cancellationToken);
    }

    private async Task<Reply> RunAsync(ChatCommand command, Action<CoordinationDbContext, Reply> alongside, CancellationToken cancellationToken)
    {
        Reply reply;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
            try
            {
                reply = await scope.ServiceProvider.GetRequiredService<CommandHandler>().HandleAsync(command, r => alongside(db, r), cancellationToken);
            }
            catch (DbUpdateException)
            {
                return Reply.Failure("Too many changes landed on the same request at once, so nothing was recorded. Please send it again.");
            }
        }

        await DeliverAsync(cancellationToken);
        return reply;
    }

    private void QueueReply(CoordinationDbContext db, ChatCommand command, Reply reply, string key)
    {
        if (reply.Text.Length > 0)
        {
            db.QueueReply(command.Context, reply, key, time.GetUtcNow());
        }
    }

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(cancellationToken);
    }

    /// <summary>Tells the presser what happened and, when it changed a request, shows its new state on the message pressed (not on a list of several).</summary>
    private void RecordPress(CoordinationDbContext db, ChatCommand command, Reply reply, LocalTranscriptEntry pressed, string key)
    {
        var now = time.GetUtcNow();
        if (reply.Text.Length > 0)
        {
            db.QueueReply(command.Context, reply, key + ":reply", now);
        }

        var listed = pressed.Buttons.Select(b => b.Value).Distinct(StringComparer.Ordinal).Count() > 1;
        if (reply is { Succeeded: true, Request: { } state } && pressed is { VisibleTo: null, Source: { } source } && !listed)
        {
            var buttons = state.IsOpen ? MessageButton.ForRequest(state.Key) : [];
            var update = new OutgoingMessage(ChatPlatform.Local, LocalWorkspace.Id, MessageDestination.Replacing(pressed.Conversation, pressed.Id), state.ApplyTo(source.Text), source.Mentions, buttons);
            db.QueueMessage(update, key + ":update", now);
        }
    }
}
