using Coordination.Bot.Engine.Decisions;
using Coordination.Bot.Engine.Requests;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Decisions;
using Coordination.Core.Documentation;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Summaries;

/// <summary>
/// A press under a decision record: the thread is summarised again, and its decisions recorded, or its action items
/// with an owner asked of their owners in the thread. What was already recorded there is not recorded twice.
/// </summary>
public sealed class AdoptSummaryHandler(RequestLookup requests, ThreadHistory history, IThreadSummarizer summarizer, AskHandler asks, DecisionBook book)
    : ICommandHandler<AdoptSummaryCommand>
{
    public async Task<Reply> HandleAsync(Session session, AdoptSummaryCommand command, CancellationToken cancellationToken)
    {
        var thread = new ThreadRef(command.Thread.Channel, command.Thread.ThreadId);
        var record = await summarizer.SummarizeAsync(await history.MessagesAsync(session.Workspace, thread, cancellationToken), null, cancellationToken);
        return command.Decisions
            ? await RecordDecisionsAsync(session, thread, record.Decisions, cancellationToken)
            : await TrackActionItemsAsync(session, thread, record.ActionItems.Where(a => a.Owner is not null).ToList(), cancellationToken);
    }

    private async Task<Reply> RecordDecisionsAsync(Session session, ThreadRef thread, IReadOnlyList<string> decisions, CancellationToken cancellationToken)
    {
        var known = await book.TextsInAsync(session.Workspace, thread, cancellationToken);
        var fresh = decisions.Where(d => !known.Contains(d.Trim())).ToList();
        if (fresh.Count == 0)
        {
            return new Reply("Every decision of that record is recorded already.", Succeeded: false);
        }

        var number = await book.NextNumberAsync(session.Workspace, cancellationToken);
        var recorded = fresh.Select(text => Decision.Record(session.Workspace.Id, number++, text, session.Actor, thread, session.Now)).ToList();
        foreach (var decision in recorded)
        {
            book.Add(decision);
            book.Announce(session, decision);
        }

        return new Reply($"Recorded {string.Join(", ", recorded.Select(d => d.Key))}. Give each a next step with `next D-n @owner <action> by <date>`.");
    }

    private async Task<Reply> TrackActionItemsAsync(Session session, ThreadRef thread, IReadOnlyList<ActionItem> items, CancellationToken cancellationToken)
    {
        var known = await requests.In(session.Workspace).Where(r => r.Channel == thread.Channel && r.ThreadId == thread.ThreadId)
            .Select(r => r.Title).ToListAsync(cancellationToken);
        var fresh = items.Where(i => !known.Contains(i.Action.Trim())).ToList();
        if (fresh.Count == 0)
        {
            return new Reply("Every action item with an owner is tracked already.", Succeeded: false);
        }

        var asked = await asks.AskEachAsync(session, thread, [.. fresh.Select(i => new NextStepSpec(i.Owner!, i.Action, i.Due))], cancellationToken);
        var keys = asked.Select(r => $"{r.Key} for {r.Stakeholders[0].Person.DisplayName}");
        return new Reply($"Tracking {string.Join("; ", keys)}, each followed up like any request.");
    }
}
