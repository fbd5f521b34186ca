using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Tests;

/// <summary>The sweep's claim on due stakeholders: only those due, oldest first, never more than asked for.</summary>
public abstract class LockDueStakeholdersTests(ITestDatabase database) : DatabaseTests(database)
{
    /// <summary>Asked out of order, so the result's order comes from the query, not from the insert.</summary>
    private static readonly int[] AskedAtHours = [3, 0, 4, 2, 1];

    private const int AnsweredHour = 1;

    /// <summary>One request per hour in <see cref="AskedAtHours"/>; the one asked at <see cref="AnsweredHour"/> is answered.</summary>
    private async Task<Dictionary<int, Guid>> AskHourlyAsync()
    {
        var team = new Team(stakeholders: 1);
        var requests = AskedAtHours.ToDictionary(hour => hour, hour => team.Ask(Team.Thursday.AddHours(hour)));
        var answered = requests[AnsweredHour];
        Assert.Equal(ChangeResult.Applied, answered.Respond(team.Stakeholders[0], AttemptKind.Response, answered.AskedAt.AddMinutes(10)));
        await using var db = NewContext();
        await team.SaveAsync(db, [.. requests.Values]);
        return requests.ToDictionary(pair => pair.Key, pair => pair.Value.Stakeholders.Single().Id);
    }

    [Fact]
    public async Task LockDueStakeholdersAsync_SomeDue_ReturnsOnlyTheDueOldestFirst()
    {
        var stakeholders = await AskHourlyAsync();
        await using var db = NewContext();

        var due = await db.LockDueStakeholdersAsync(Team.Thursday + Team.Window + TimeSpan.FromHours(2), 10, CancellationToken.None);

        Assert.Equal([stakeholders[0], stakeholders[2]], due);
    }

    [Fact]
    public async Task LockDueStakeholdersAsync_MoreDueThanTheLimit_ReturnsTheOldestUpToTheLimit()
    {
        var stakeholders = await AskHourlyAsync();
        await using var db = NewContext();

        var due = await db.LockDueStakeholdersAsync(Team.Thursday.AddDays(30), 3, CancellationToken.None);

        Assert.Equal([stakeholders[0], stakeholders[2], stakeholders[3]], due);
    }

    [Fact]
    public async Task LockDueStakeholdersAsync_AnsweredStakeholder_IsNeverReturned()
    {
        var stakeholders = await AskHourlyAsync();
        await using var db = NewContext();

        var due = await db.LockDueStakeholdersAsync(Team.Thursday.AddYears(1), 100, CancellationToken.None);

        Assert.Equal([stakeholders[0], stakeholders[2], stakeholders[3], stakeholders[4]], due);
        Assert.Null(await db.Stakeholders.Where(s => s.Id == stakeholders[AnsweredHour]).Select(s => s.NextActionAt).SingleAsync());
    }
}

public sealed class SqliteLockDueStakeholdersTests() : LockDueStakeholdersTests(new SqliteTestDatabase());

[Collection(PostgresTests.Name)]
public sealed class PostgresLockDueStakeholdersTests(PostgresFixture server) : LockDueStakeholdersTests(new PostgresTestDatabase(server))
{
    [Fact]
    public async Task LockDueStakeholdersAsync_TwoTransactionsAtOnce_SecondSkipsTheRowsTheFirstHolds()
    {
        var team = new Team(stakeholders: 15);
        await using (var db = NewContext())
        {
            await team.SaveAsync(db, team.Ask(Team.Thursday));
        }

        var now = Team.Thursday + Team.Window;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var first = NewContext();
        await using var second = NewContext();
        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        await using var secondTransaction = await second.Database.BeginTransactionAsync();

        var mine = await first.LockDueStakeholdersAsync(now, 10, CancellationToken.None);
        var theirs = await second.LockDueStakeholdersAsync(now, 10, timeout.Token);

        Assert.Equal(10, mine.Count);
        Assert.Equal(5, theirs.Count);
        Assert.Empty(mine.Intersect(theirs));
        Assert.Equal(team.Stakeholders.Count, mine.Union(theirs).Count());
    }

    [Fact]
    public async Task DueQuery_FewDueAmongThousands_ReadsTheNextActionAtIndex()
    {
        var team = new Team(stakeholders: 1);
        await using (var db = NewContext())
        {
            await team.SaveAsync(db);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Requests" ("Id", "WorkspaceId", "Number", "Title", "RequesterId", "AskedAt", "Channel", "Status", "NeededMeeting")
                SELECT gen_random_uuid(), {team.Workspace.Id}, n, 'Question ' || n, {team.Requester.Id}, {Team.Thursday}, '#c', 0, false
                FROM generate_series(1, 5000) AS n
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Stakeholders" ("Id", "RequestId", "PersonId", "State", "AttemptCount", "AskedAt", "WindowStartedAt", "NextActionAt", "Version", "AwaitsDelivery", "UndeliveredAttempts")
                SELECT gen_random_uuid(), r."Id", {team.Stakeholders[0].Id}, 0, 1, r."AskedAt", r."AskedAt",
                       CASE WHEN r."Number" % 10 = 0 THEN NULL ELSE r."AskedAt" + make_interval(mins => r."Number" - 20) END, 1, false, 0
                FROM "Requests" AS r
                """);
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "Stakeholders";""");
        }

        await using var query = NewContext();
        await query.Database.OpenConnectionAsync();
        await using var explain = query.DueStakeholders(Team.Thursday, 1000).CreateDbCommand();
        explain.CommandText = "EXPLAIN " + explain.CommandText;

        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.True(plan.Exists(line => line.Contains("IX_Stakeholders_NextActionAt", StringComparison.Ordinal)), string.Join('\n', plan));
    }
}
