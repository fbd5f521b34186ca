using Microsoft.EntityFrameworkCore;

namespace Coordination.Data;

public static class UniqueInsert
{
    /// <summary>
    /// Saves <paramref name="row"/> alone; <c>false</c> when its unique key was already taken (another instance
    /// inserted the same row a moment earlier). The row is detached either way, so the context stays clean.
    /// </summary>
    public static async Task<bool> TryInsertAsync<T>(this CoordinationDbContext db, T row, CancellationToken cancellationToken)
        where T : class
    {
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
