using System.Data.Common;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Tests;

/// <summary>The unique keys that stop a retried or raced write from recording, queuing or numbering anything twice.</summary>
public abstract class UniqueConstraintTests(ITestDatabase database) : DatabaseTests(database)
{
    /// <summary>The save failed on the unique index over <paramref name="columns"/>, not on anything else.</summary>
    private static void AssertUniqueViolation(Exception? failure, params string[] columns)
    {
        var exception = Assert.IsType<DbUpdateException>(failure);
        var cause = Assert.IsAssignableFrom<DbException>(exception.InnerException);
        Assert.All(columns, column => Assert.Contains(column, cause.Message, StringComparison.Ordinal));
    }

    private async Task<CoordinationRequest> AskAsync(Team team)
    {
        var request = team.Ask(Team.Thursday);
        await using var db = NewContext();
        await team.SaveAsync(db, request);
        return request;
    }

    [Fact]
    public async Task SaveChanges_SecondOutboxRowWithTheSameDeduplicationKey_Throws()
    {
        var team = new Team();
        var request = team.Ask(Team.Thursday);
        var post = request.PendingMessages.Single();
        await using (var db = NewContext())
        {
            await team.SaveAsync(db, request);
        }

        await using var retry = NewContext();
        retry.OutboxMessages.Add(OutboxMessage.From(post, request.Id, Team.Thursday.AddMinutes(1)));

        var failure = await Record.ExceptionAsync(() => retry.SaveChangesAsync());

        AssertUniqueViolation(failure, "DeduplicationKey");
    }

    [Fact]
    public async Task SaveChanges_SecondAttemptWithTheSameStakeholderAndNumber_Throws()
    {
        var request = await AskAsync(new Team());
        var stakeholder = request.Stakeholders[0];
        await using var retry = NewContext();
        retry.Attempts.Add(new Attempt(request.Id, stakeholder.Id, AttemptKind.Nudge, Team.Thursday + Team.Window, null, "#c", number: 1));

        var failure = await Record.ExceptionAsync(() => retry.SaveChangesAsync());

        AssertUniqueViolation(failure, "StakeholderId", "Number");
    }

    [Fact]
    public async Task SaveChanges_SecondUnnumberedAttemptForTheSameStakeholder_Saves()
    {
        var request = await AskAsync(new Team());
        var stakeholder = request.Stakeholders[0];
        await using var db = NewContext();
        db.Attempts.Add(new Attempt(request.Id, stakeholder.Id, AttemptKind.Snooze, Team.Thursday.AddHours(1), null, "#c", "until Monday"));
        db.Attempts.Add(new Attempt(request.Id, stakeholder.Id, AttemptKind.Snooze, Team.Thursday.AddHours(2), null, "#c", "until Tuesday"));

        await db.SaveChangesAsync();

        Assert.Equal(3, await db.Attempts.CountAsync(a => a.StakeholderId == stakeholder.Id));
    }

    [Fact]
    public async Task SaveChanges_SecondRequestWithTheSameWorkspaceAndNumber_Throws()
    {
        var team = new Team();
        var first = await AskAsync(team);
        await using (var db = NewContext())
        {
            // Rewind the counter so the next ask takes a number already used: only the unique index stands in the way.
            await db.Workspaces.ExecuteUpdateAsync(w => w.SetProperty(x => x.LastRequestNumber, 0));
        }

        await using var racer = NewContext();
        var workspace = await racer.Workspaces.SingleAsync();
        var people = await racer.People.ToDictionaryAsync(p => p.Id);
        var second = CoordinationRequest.Ask(
            workspace, "Same number", people[team.Requester.Id], [people[team.Stakeholders[0].Id]], new ThreadRef("#c", null), Team.Thursday.AddMinutes(1), Team.Schedule);
        racer.Requests.Add(second);

        var failure = await Record.ExceptionAsync(() => racer.SaveChangesAsync());

        Assert.Equal(first.Number, second.Number);
        AssertUniqueViolation(failure, "WorkspaceId", "Number");
    }
}

public sealed class SqliteUniqueConstraintTests() : UniqueConstraintTests(new SqliteTestDatabase());

[Collection(PostgresTests.Name)]
public sealed class PostgresUniqueConstraintTests(PostgresFixture server) : UniqueConstraintTests(new PostgresTestDatabase(server));
