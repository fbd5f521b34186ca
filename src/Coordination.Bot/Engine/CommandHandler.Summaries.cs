using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Documentation;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    /// <summary>
    /// <c>summarize [CR-n]</c>: a decision record of the thread (the request's, or the one the command was given in) from
    /// the messages the bot received there, posted into the thread for everyone.
    /// </summary>
    private async Task<Reply> SummarizeAsync(Session session, SummarizeCommand command, CancellationToken cancellationToken)
    {
        var request = command.RequestNumber is { } number ? await FindAsync(session.Workspace, number, cancellationToken) : null;
        if (command.RequestNumber is { } asked && request is null)
        {
            return NotFound(asked);
        }

        var thread = request?.Thread ?? command.Context.Where;
        if (thread.ThreadId is null)
        {
            return Reply.Failure("Ask for a summary inside the thread (by mention), or name its request: `summarize CR-n`.");
        }

        var messages = await ThreadMessagesAsync(session.Workspace, thread, cancellationToken);
        var record = summarizer.Summarize(messages, request?.Key);
        db.QueuePost(session.Workspace, thread, record.ToMarkdown(), record.Mentions(), $"summary:{thread.Channel}:{thread.ThreadId}:{session.Now.UtcTicks}", session.Now);
        return new Reply($"Posted a decision record of {messages.Count} {(messages.Count == 1 ? "message" : "messages")} in the thread: "
            + $"{record.Decisions.Count} decisions, {record.ActionItems.Count} action items, {record.OpenQuestions.Count} open questions. "
            + "Record a decision with its next steps: `decide <what> next: @owner <action> by <date>`.");
    }

    /// <summary><c>notes &lt;text&gt;</c>: pasted meeting notes turned into a decision record, posted where the command was given.</summary>
    private Reply Notes(Session session, NotesCommand command)
    {
        var record = summarizer.Summarize(MeetingNotes.FromNotes(command.Text, command.Context.Actor, session.Now), "meeting notes");
        db.QueuePost(session.Workspace, command.Context.Where, record.ToMarkdown(), record.Mentions(), $"notes:{session.Actor.Id}:{session.Now.UtcTicks}", session.Now);
        return new Reply($"Posted the decision record of your notes: {record.Decisions.Count} decisions, {record.ActionItems.Count} action items.");
    }

    private async Task<List<ThreadMessage>> ThreadMessagesAsync(Workspace workspace, ThreadRef thread, CancellationToken cancellationToken) =>
        await db.ReceivedMessages
            .Where(m => m.Platform == workspace.Platform && m.WorkspaceExternalId == workspace.ExternalId && m.Channel == thread.Channel && m.ThreadId == thread.ThreadId)
            .OrderBy(m => m.At).Take(500)
            .Select(m => new ThreadMessage(m.AuthorId, m.AuthorName, m.Text, m.At))
            .ToListAsync(cancellationToken);
}
