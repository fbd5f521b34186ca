using Coordination.Bot.Engine.Requests;
using Coordination.Bot.Telemetry;
using Coordination.Core.Commands;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

/// <summary>
/// Handles a platform-neutral command: load the workspace and actor, hand the command to the feature handler the
/// dispatch table names for its type, and save state and outbox in one transaction. Only a successful command saves
/// anything.
/// </summary>
public sealed class CommandHandler(
    CoordinationDbContext db,
    PeopleDirectory directory,
    CommandDispatcher dispatcher,
    AskHandler askHandler,
    TimeProvider time,
    ILogger<CommandHandler> logger)
{
    public Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken) =>
        HandleAsync(command, alongside: null, cancellationToken);

    /// <summary>
    /// Handles <paramref name="command"/>; <paramref name="alongside"/> adds to the same transaction what must commit
    /// with its outcome (the reply to deliver, the receipt of the event that carried it). With it, a refused command
    /// saves that, and nothing else.
    /// </summary>
    public Task<Reply> HandleAsync(ChatCommand command, Action<Reply>? alongside, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(
            db,
            () => HandleOnceAsync(command, alongside, cancellationToken),
            attempt => Log.CommandConflict(logger, command.GetType().Name, attempt));

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

    private async Task<Reply> HandleOnceAsync(ChatCommand command, Action<Reply>? alongside, CancellationToken cancellationToken)
    {
        using var handling = CommandTelemetry.Begin(logger, command);
        var reply = await dispatcher.DispatchAsync(await SessionAsync(command.Context, cancellationToken), command, cancellationToken);
        handling.Handled(reply);
        if (!reply.Succeeded)
        {
            db.ChangeTracker.Clear();
        }

        alongside?.Invoke(reply);
        if (reply.Succeeded || alongside is not null)
        {
            await db.SaveWithOutboxAsync(time.GetUtcNow(), cancellationToken);
        }

        db.ChangeTracker.Clear();
        Log.CommandHandled(logger, command.Context.Platform, command.GetType().Name, command.Context.Actor.PlatformUserId, reply.Succeeded ? "ok" : "refused");
        return reply;
    }

    /// <summary>The workspace and the actor the command comes from, recorded on first sight, and the moment it is handled.</summary>
    private async Task<Session> SessionAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var workspace = await directory.WorkspaceAsync(context.Platform, context.WorkspaceId, cancellationToken);
        var actor = await directory.ActorAsync(workspace, context.Actor, cancellationToken);
        return new Session(workspace, actor, time.GetUtcNow()) { ActorIsAdmin = context.ActorIsWorkspaceAdmin };
    }

    /// <summary>An ask that names someone besides its sender and says what it wants: one the engine records.</summary>
    private static bool IsComplete(AskCommand ask) =>
        !string.IsNullOrWhiteSpace(ask.Title) && ask.Stakeholders.Any(s => s.PlatformUserId != ask.Context.Actor.PlatformUserId);

    private async Task<Dictionary<AskCommand, Reply>> AskTogetherAsync(List<AskCommand> batch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var replies = new Dictionary<AskCommand, Reply>(ReferenceEqualityComparer.Instance);
        foreach (var group in batch.GroupBy(a => (a.Context.Platform, a.Context.WorkspaceId)))
        {
            var workspace = await directory.WorkspaceAsync(group.Key.Platform, group.Key.WorkspaceId, cancellationToken);
            await directory.PeopleAsync(workspace, group.SelectMany(CommandPeople.Named), cancellationToken);
            var number = await db.TakeRequestNumbersAsync(workspace.Id, group.Count(), cancellationToken);
            foreach (var ask in group)
            {
                var actor = await directory.ActorAsync(workspace, ask.Context.Actor, cancellationToken);
                replies[ask] = await askHandler.AskAsync(new Session(workspace, actor, now), ask, number++, cancellationToken);
            }
        }

        await db.SaveWithOutboxAsync(now, cancellationToken);
        db.ChangeTracker.Clear();
        foreach (var ask in batch)
        {
            Log.CommandHandled(logger, ask.Context.Platform, nameof(AskCommand), ask.Context.Actor.PlatformUserId, replies[ask].Succeeded ? "ok" : "refused");
        }

        return replies;
    }
}
