using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

/// <summary>
/// Runs a unit of work again from fresh state when another writer (a reply, a sweep, another instance) changed the
/// same rows first and the save failed on a concurrency token or a unique key.
/// </summary>
internal static class ConflictRetry
{
    public const int MaxTries = 4;

    public static async Task<T> RunAsync<T>(CoordinationDbContext db, Func<Task<T>> work, Action<int> onConflict)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (DbUpdateException) when (attempt < MaxTries)
            {
                db.ChangeTracker.Clear();
                onConflict(attempt);

                // Spread the retries of writers that collided, so they do not collide again.
                await Task.Delay(Random.Shared.Next(1, 10 * attempt));
            }
        }
    }
}
