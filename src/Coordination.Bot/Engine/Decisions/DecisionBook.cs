using Coordination.Core.Chat;
using Coordination.Core.Decisions;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Decisions;

/// <summary>A workspace's recorded decisions: numbering, loading, recording and announcing them in their thread.</summary>
public sealed class DecisionBook(CoordinationDbContext db)
{
    public IQueryable<Decision> Of(Workspace workspace) =>
        db.Decisions.Where(d => d.WorkspaceId == workspace.Id)
            .Include(d => d.DecidedBy)
            .Include(d => d.NextSteps).ThenInclude(r => r.Stakeholders).ThenInclude(s => s.Person)
            .AsSplitQuery();

    /// <summary>The texts of the decisions already recorded in <paramref name="thread"/>.</summary>
    public Task<List<string>> TextsInAsync(Workspace workspace, ThreadRef thread, CancellationToken cancellationToken) =>
        db.Decisions.Where(d => d.WorkspaceId == workspace.Id && d.Channel == thread.Channel && d.ThreadId == thread.ThreadId)
            .Select(d => d.Text).ToListAsync(cancellationToken);

    /// <summary>The workspace's next decision number; two decisions racing for it meet the unique key and one retries.</summary>
    public async Task<int> NextNumberAsync(Workspace workspace, CancellationToken cancellationToken) =>
        (await db.Decisions.Where(d => d.WorkspaceId == workspace.Id).MaxAsync(d => (int?)d.Number, cancellationToken) ?? 0) + 1;

    public void Add(Decision decision) => db.Decisions.Add(decision);

    /// <summary>The decision, posted where it was made, so everyone in the thread sees it and its next steps.</summary>
    public void Announce(Session session, Decision decision)
    {
        var text = $"{session.Actor.Mention.Token} decided *{decision.Key}*: {decision.Text}"
            + (decision.Rationale is null ? string.Empty : $" (because {decision.Rationale})")
            + (decision.Owner is { } owner ? $", owned by {owner.Mention.Token}" : string.Empty)
            + (decision.LacksNextSteps ? ". No next step yet." : ".")
            + (decision.OptionsConsidered is { } options ? $"\nOptions considered: {options}" : string.Empty);
        Mention[] mentioned = decision.Owner is { } named ? [session.Actor.Mention, named.Mention] : [session.Actor.Mention];
        db.QueuePost(session.Workspace, decision.Thread, text, mentioned, $"decision:{decision.Id}", session.Now, MessageButton.ForDecision(decision.Key));
    }
}
