using System.Collections.Concurrent;
using Coordination.Core.Commands;

namespace Coordination.Bot.Engine;

/// <summary>
/// Gathers asks that arrive together and records each round of them in one unit of work: under load one save carries
/// many asks; an ask that arrives alone is recorded at once, without waiting for company. At most two rounds run at a
/// time, so one can talk to the database while the other prepares.
/// </summary>
public sealed class AskBatcher(IServiceScopeFactory scopes)
{
    public const int MaxBatch = 64;
    private const int MaxRounds = 2;
    private readonly ConcurrentQueue<Pending> _queue = new();
    private int _rounds;

    public Task<Reply> SubmitAsync(AskCommand ask)
    {
        var pending = new Pending(ask, new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Enqueue(pending);
        TryStartRound();
        return pending.Reply.Task;
    }

    private void TryStartRound()
    {
        while (!_queue.IsEmpty)
        {
            var rounds = Volatile.Read(ref _rounds);
            if (rounds >= MaxRounds)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _rounds, rounds + 1, rounds) == rounds)
            {
                _ = Task.Run(RunRoundsAsync);
                return;
            }
        }
    }

    private async Task RunRoundsAsync()
    {
        try
        {
            while (TakeBatch() is { Count: > 0 } batch)
            {
                await RecordAsync(batch);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _rounds);

            // An ask may have arrived after the last look at the queue and before this round let go.
            TryStartRound();
        }
    }

    private List<Pending> TakeBatch()
    {
        var batch = new List<Pending>();
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var pending))
        {
            batch.Add(pending);
        }

        return batch;
    }

    private async Task RecordAsync(List<Pending> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<CommandHandler>();
            var replies = await handler.HandleAsksAsync([.. batch.Select(p => p.Ask)], CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Reply.TrySetResult(replies[i]);
            }
        }
        catch (Exception ex)
        {
            foreach (var pending in batch)
            {
                pending.Reply.TrySetException(ex);
            }
        }
    }

    private sealed record Pending(AskCommand Ask, TaskCompletionSource<Reply> Reply);
}
