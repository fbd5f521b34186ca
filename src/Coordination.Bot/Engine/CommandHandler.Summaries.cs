using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Decisions;
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
        var buttons = record.IsEmpty ? [] : MessageButton.ForSummary(new ThreadRefValue(thread.Channel, thread.ThreadId).ToString());
        db.QueuePost(session.Workspace, thread, record.ToMarkdown(), record.Mentions(), $"summary:{thread.Channel}:{thread.ThreadId}:{session.Now.UtcTicks}", session.Now, buttons);
        return new Reply($"Posted a decision record of {messages.Count} {(messages.Count == 1 ? "message" : "messages")} in the thread: "
            + $"{record.Decisions.Count} decisions, {record.ActionItems.Count} action items, {record.OpenQuestions.Count} open questions. "
            + "Record a decision with its next steps: `decide <what> next: @owner <action> by <date>`.");
    }

    /// <summary><c>notes &lt;text&gt;</c>: pasted meeting notes turned into a decision record, posted where the command was given.</summary>
    private Reply Notes(Session session, NotesCommand command)
    {
        var record = summarizer.SummarizeNotes(command.Text, command.Context.Actor, session.Now, "meeting notes");
        db.QueuePost(session.Workspace, command.Context.Where, record.ToMarkdown(), record.Mentions(), $"notes:{session.Actor.Id}:{session.Now.UtcTicks}", session.Now);
        return new Reply($"Posted the decision record of your notes: {record.Decisions.Count} decisions, {record.ActionItems.Count} action items.");
    }

    /// <summary>
    /// A press under a decision record: the thread is summarised again, and its decisions recorded, or its action items
    /// with an owner asked of their owners in the thread. What was already recorded there is not recorded twice.
    /// </summary>
    private async Task<Reply> AdoptSummaryAsync(Session session, AdoptSummaryCommand command, CancellationToken cancellationToken)
    {
        var thread = new ThreadRef(command.Thread.Channel, command.Thread.ThreadId);
        var record = summarizer.Summarize(await ThreadMessagesAsync(session.Workspace, thread, cancellationToken));
        return command.Decisions
            ? await RecordDecisionsAsync(session, thread, record.Decisions, cancellationToken)
            : await TrackActionItemsAsync(session, thread, record.ActionItems.Where(a => a.Owner is not null).ToList(), cancellationToken);
    }

    private async Task<Reply> RecordDecisionsAsync(Session session, ThreadRef thread, IReadOnlyList<string> decisions, CancellationToken cancellationToken)
    {
        var known = await db.Decisions.Where(d => d.WorkspaceId == session.Workspace.Id && d.Channel == thread.Channel && d.ThreadId == thread.ThreadId)
            .Select(d => d.Text).ToListAsync(cancellationToken);
        var fresh = decisions.Where(d => !known.Contains(d.Trim())).ToList();
        if (fresh.Count == 0)
        {
            return new Reply("Every decision of that record is recorded already.", Succeeded: false);
        }

        var number = await NextDecisionNumberAsync(session.Workspace, cancellationToken);
        var recorded = fresh.Select(text => Decision.Record(session.Workspace.Id, number++, text, session.Actor, thread, session.Now)).ToList();
        foreach (var decision in recorded)
        {
            db.Decisions.Add(decision);
            Announce(session, decision);
        }

        return new Reply($"Recorded {string.Join(", ", recorded.Select(d => d.Key))}. Give each a next step with `next D-n @owner <action> by <date>`.");
    }

    private async Task<Reply> TrackActionItemsAsync(Session session, ThreadRef thread, IReadOnlyList<ActionItem> items, CancellationToken cancellationToken)
    {
        var known = await Requests(session.Workspace).Where(r => r.Channel == thread.Channel && r.ThreadId == thread.ThreadId)
            .Select(r => r.Title).ToListAsync(cancellationToken);
        var fresh = items.Where(i => !known.Contains(i.Action.Trim())).ToList();
        if (fresh.Count == 0)
        {
            return new Reply("Every action item with an owner is tracked already.", Succeeded: false);
        }

        var requests = await AskEachAsync(session, thread, [.. fresh.Select(i => new NextStepSpec(i.Owner!, i.Action, i.Due))], cancellationToken);
        var keys = requests.Select(r => $"{r.Key} for {r.Stakeholders[0].Person.DisplayName}");
        return new Reply($"Tracking {string.Join("; ", keys)}, each followed up like any request.");
    }

    private async Task<List<ThreadMessage>> ThreadMessagesAsync(Workspace workspace, ThreadRef thread, CancellationToken cancellationToken) =>
        await db.ReceivedMessages
            .Where(m => m.Platform == workspace.Platform && m.WorkspaceExternalId == workspace.ExternalId && m.Channel == thread.Channel && m.ThreadId == thread.ThreadId)
            .OrderBy(m => m.At).Take(500)
            .Select(m => new ThreadMessage(m.AuthorId, m.AuthorName, m.Text, m.At))
            .ToListAsync(cancellationToken);
}
