using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Tests;

/// <summary>The dispatcher's claim on outbox rows: pending and due only, and a lease holds a row back until it ends.</summary>
public abstract class LockDueOutboxTests(ITestDatabase database) : DatabaseTests(database)
{
    /// <summary>One request, so one outbox row (its ask), per offset; returns the rows' ids in the same order.</summary>
    private async Task<List<Guid>> AskAtAsync(params int[] minutesAfterThursday)
    {
        var team = new Team(stakeholders: 1);
        var requests = minutesAfterThursday.Select(minutes => team.Ask(Team.Thursday.AddMinutes(minutes))).ToList();
        await using var db = NewContext();
        await team.SaveAsync(db, requests);
        var rows = await db.OutboxMessages.ToDictionaryAsync(m => m.RequestId!.Value, m => m.Id);
        return [.. requests.Select(r => rows[r.Id])];
    }

    [Fact]
    public async Task LockDueOutboxAsync_DeliveredParkedAndPending_ReturnsOnlyThePendingDue()
    {
        var rows = await AskAtAsync(0, 10, 20, 30, 40);
        await using (var db = NewContext())
        {
            var messages = await db.OutboxMessages.ToDictionaryAsync(m => m.Id);
            messages[rows[0]].MarkDelivered(Team.Thursday.AddMinutes(1), "1700000000.000100");
            messages[rows[1]].Park("channel_not_found");
            await db.SaveChangesAsync();
        }

        await using var reader = NewContext();

        var due = await reader.LockDueOutboxAsync(Team.Thursday.AddMinutes(35), 10, CancellationToken.None);

        Assert.Equal([rows[2], rows[3]], due);
    }

    [Fact]
    public async Task LockDueOutboxAsync_LeasedIntoTheFuture_HeldBackUntilTheLeaseEnds()
    {
        var rows = await AskAtAsync(0, 10);
        var now = Team.Thursday.AddMinutes(15);
        var leaseEnd = now.AddMinutes(5);
        await using (var db = NewContext())
        {
            var leased = await db.OutboxMessages.SingleAsync(m => m.Id == rows[0]);
            leased.Lease(leaseEnd);
            await db.SaveChangesAsync();
        }

        await using var reader = NewContext();

        var duringLease = await reader.LockDueOutboxAsync(now, 10, CancellationToken.None);
        var afterLease = await reader.LockDueOutboxAsync(leaseEnd, 10, CancellationToken.None);

        Assert.Equal([rows[1]], duringLease);
        Assert.Equal([rows[1], rows[0]], afterLease);
    }

    [Fact]
    public async Task LockDueOutboxAsync_MoreDueThanTheLimit_ReturnsTheOldestUpToTheLimit()
    {
        var rows = await AskAtAsync(20, 0, 30, 10);
        await using var db = NewContext();

        var due = await db.LockDueOutboxAsync(Team.Thursday.AddHours(1), 2, CancellationToken.None);

        Assert.Equal([rows[1], rows[3]], due);
    }
}

public sealed class SqliteLockDueOutboxTests() : LockDueOutboxTests(new SqliteTestDatabase());

[Collection(PostgresTests.Name)]
public sealed class PostgresLockDueOutboxTests(PostgresFixture server) : LockDueOutboxTests(new PostgresTestDatabase(server));
