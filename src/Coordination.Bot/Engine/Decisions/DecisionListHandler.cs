using System.Text;
using Coordination.Bot.Trackers;
using Coordination.Core.Trackers;
using Coordination.Data;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Decisions;

/// <summary><c>decisions [all]</c>: the latest decisions, by default only those with a next step still open (or none yet).</summary>
public sealed class DecisionListHandler(DecisionBook book, CoordinationDbContext db) : ICommandHandler<DecisionsCommand>
{
    private const int ListLimit = 20;

    public async Task<Reply> HandleAsync(Session session, DecisionsCommand command, CancellationToken cancellationToken)
    {
        var decisions = await book.Of(session.Workspace).OrderByDescending(d => d.Number).Take(ListLimit).ToListAsync(cancellationToken);
        var shown = command.All ? decisions : decisions.Where(d => d.LacksNextSteps || d.NextSteps.Any(r => r.Status == RequestStatus.Open)).ToList();
        if (shown.Count == 0)
        {
            return new Reply(command.All ? "No decisions recorded yet: `decide <what> next: @owner <action>`." : "No open decisions: every next step is done.");
        }

        var ids = shown.Select(d => d.Id).ToList();
        var pulls = await db.Set<DecisionPullRequest>().Where(p => ids.Contains(p.DecisionId)).ToListAsync(cancellationToken);
        var text = new StringBuilder();
        foreach (var decision in shown)
        {
            text.AppendLine(decision.Describe() + (decision.LacksNextSteps ? " ⚠" : string.Empty) + AdrHandler.PullRequestLine(pulls.Where(p => p.DecisionId == decision.Id)));
        }

        return new Reply(text.ToString().TrimEnd());
    }
}
