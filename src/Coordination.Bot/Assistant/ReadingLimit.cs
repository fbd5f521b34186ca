using System.Collections.Concurrent;
using Coordination.Core.Commands;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Assistant;

/// <summary>
/// How many sentences each person may have the assistant read in the last hour (<c>Assistant:ReadingsPerHour</c>), so a
/// chatty channel cannot run up a bill. Kept in memory: each instance counts its own.
/// </summary>
public sealed class ReadingLimit(IOptions<AssistantOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _taken = new(StringComparer.Ordinal);

    /// <summary>Counts one reading for the writer of <paramref name="context"/>, or says no when they had their share.</summary>
    public bool TryTake(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = time.GetUtcNow();
        var times = _taken.GetOrAdd($"{context.Platform}|{context.WorkspaceId}|{context.Actor.PlatformUserId}", _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            while (times.Count > 0 && times.Peek() <= now - Window)
            {
                times.Dequeue();
            }

            if (times.Count >= options.Value.ReadingsPerHour)
            {
                return false;
            }

            times.Enqueue(now);
            return true;
        }
    }
}
