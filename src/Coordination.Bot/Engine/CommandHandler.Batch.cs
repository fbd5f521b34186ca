using Coordination.Core.Commands;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    /// <summary>
    /// Records asks that arrived together in one unit of work: one look-up of each workspace and of the people named, one
    /// block of request numbers per workspace, one save. An ask the engine would refuse, and every ask of a batch whose
    /// save failed (another writer changed the same rows first), is handled on its own instead. Replies are in order.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> HandleAsksAsync(IReadOnlyList<AskCommand> asks, CancellationToken cancellationToken)
    {
        var together = asks.Where(IsComplete).ToList();
        var recorded = new Dictionary<AskCommand, Reply>(ReferenceEqualityComparer.Instance);
        if (together.Count > 1)
        {
            try
            {
                recorded = await AskTogetherAsync(together, cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                Log.AskBatchConflict(logger, together.Count);
            }
        }

        var replies = new List<Reply>(asks.Count);
        foreach (var ask in asks)
        {
            replies.Add(recorded.TryGetValue(ask, out var reply) ? reply : await HandleAsync(ask, cancellationToken));
        }

        return replies;
    }

    /// <summary>An ask that names someone besides its sender and says what it wants: one the engine records.</summary>
    private static bool IsComplete(AskCommand ask) =>
        !string.IsNullOrWhiteSpace(ask.Title) && ask.Stakeholders.Any(s => s.PlatformUserId != ask.Context.Actor.PlatformUserId);

    private async Task<Dictionary<AskCommand, Reply>> AskTogetherAsync(List<AskCommand> asks, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var replies = new Dictionary<AskCommand, Reply>(ReferenceEqualityComparer.Instance);
        foreach (var group in asks.GroupBy(a => (a.Context.Platform, a.Context.WorkspaceId)))
        {
            var workspace = await directory.WorkspaceAsync(group.Key.Platform, group.Key.WorkspaceId, cancellationToken);
            await directory.PeopleAsync(workspace, group.SelectMany(CommandPeople.Named), cancellationToken);
            var number = await db.TakeRequestNumbersAsync(workspace.Id, group.Count(), cancellationToken);
            foreach (var ask in group)
            {
                var actor = await directory.ActorAsync(workspace, ask.Context.Actor, cancellationToken);
                replies[ask] = await AskAsync(new Session(workspace, actor, now), ask, number++, cancellationToken);
            }
        }

        await db.SaveWithOutboxAsync(now, cancellationToken);
        db.ChangeTracker.Clear();
        foreach (var ask in asks)
        {
            Log.CommandHandled(logger, ask.Context.Platform, nameof(AskCommand), ask.Context.Actor.PlatformUserId, replies[ask].Succeeded ? "ok" : "refused");
        }

        return replies;
    }
}
