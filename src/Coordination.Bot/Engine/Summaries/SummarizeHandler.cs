using Coordination.Bot.Engine.Requests;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Documentation;
using Coordination.Data;

namespace Coordination.Bot.Engine.Summaries;

/// <summary>
/// <c>summarize [CR-n]</c>: a decision record of the thread (the request's, or the one the command was given in) from
/// the messages the bot received there, posted into the thread for everyone.
/// </summary>
public sealed class SummarizeHandler(CoordinationDbContext db, RequestLookup requests, ThreadHistory history, IThreadSummarizer summarizer)
    : ICommandHandler<SummarizeCommand>
{
    public async Task<Reply> HandleAsync(Session session, SummarizeCommand command, CancellationToken cancellationToken)
    {
        var request = command.RequestNumber is { } number ? await requests.FindAsync(session.Workspace, number, cancellationToken) : null;
        if (command.RequestNumber is { } asked && request is null)
        {
            return RequestReplies.NotFound(asked);
        }

        var thread = request?.Thread ?? command.Context.Where;
        if (thread.ThreadId is null)
        {
            return Reply.Failure("Ask for a summary inside the thread (by mention), or name its request: `summarize CR-n`.");
        }

        var messages = await history.MessagesAsync(session.Workspace, thread, cancellationToken);
        var record = await summarizer.SummarizeAsync(messages, request?.Key, cancellationToken);
        var buttons = record.IsEmpty ? [] : MessageButton.ForSummary(new ThreadRefValue(thread.Channel, thread.ThreadId).ToString());
        db.QueuePost(session.Workspace, thread, record.ToMarkdown(), record.Mentions(), $"summary:{thread.Channel}:{thread.ThreadId}:{session.Now.UtcTicks}", session.Now, buttons);
        return new Reply($"Posted a decision record of {messages.Count} {(messages.Count == 1 ? "message" : "messages")} in the thread: "
            + $"{record.Decisions.Count} decisions, {record.ActionItems.Count} action items, {record.OpenQuestions.Count} open questions. "
            + "Record a decision with its next steps: `decide <what> next: @owner <action> by <date>`.");
    }
}
