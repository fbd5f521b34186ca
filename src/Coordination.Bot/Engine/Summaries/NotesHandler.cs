using Coordination.Core.Commands;
using Coordination.Core.Documentation;
using Coordination.Data;

namespace Coordination.Bot.Engine.Summaries;

/// <summary><c>notes &lt;text&gt;</c>: pasted meeting notes turned into a decision record, posted where the command was given.</summary>
public sealed class NotesHandler(CoordinationDbContext db, IThreadSummarizer summarizer) : ICommandHandler<NotesCommand>
{
    public Task<Reply> HandleAsync(Session session, NotesCommand command, CancellationToken cancellationToken)
    {
        var record = summarizer.SummarizeNotes(command.Text, command.Context.Actor, session.Now, "meeting notes");
        db.QueuePost(session.Workspace, command.Context.Where, record.ToMarkdown(), record.Mentions(), $"notes:{session.Actor.Id}:{session.Now.UtcTicks}", session.Now);
        return Task.FromResult(new Reply($"Posted the decision record of your notes: {record.Decisions.Count} decisions, {record.ActionItems.Count} action items."));
    }
}
