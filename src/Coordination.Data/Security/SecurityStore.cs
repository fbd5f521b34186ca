using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Security;

/// <summary>Replays and OAuth states, recorded and consumed atomically, the same way on every engine.</summary>
public static class SecurityStore
{
    /// <summary>
    /// Remembers a request until <paramref name="expiresAt"/>; <c>false</c> when it was seen before (by this instance
    /// or another: the primary key decides between two that arrive at once).
    /// </summary>
    public static async Task<bool> TryRememberRequestAsync(this CoordinationDbContext db, string key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (await db.SeenRequests.AnyAsync(s => s.Key == key, cancellationToken))
        {
            return false;
        }

        return await db.TryInsertAsync(SeenRequest.Create(key, expiresAt), cancellationToken);
    }

    /// <summary>Takes the state for the browser that holds <paramref name="browserHash"/>'s value; <c>true</c> once at most.</summary>
    public static async Task<bool> TryConsumeOAuthStateAsync(
        this CoordinationDbContext db, string stateHash, string browserHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.OAuthStates.Where(s => s.StateHash == stateHash && s.BrowserHash == browserHash && s.ExpiresAt > now)
            .ExecuteDeleteAsync(cancellationToken) == 1;

    /// <summary>Forgets requests whose signatures have lapsed and install states never used.</summary>
    public static async Task<int> ForgetExpiredAsync(this CoordinationDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.SeenRequests.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken)
        + await db.OAuthStates.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
}
