using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Tests;

/// <summary>A reply and the sweep racing on one stakeholder: whoever saves second loses and must reload.</summary>
public abstract class StakeholderConcurrencyTests(ITestDatabase database) : DatabaseTests(database)
{
    private async Task<CoordinationRequest> AskAsync()
    {
        var team = new Team(stakeholders: 1);
        var request = team.Ask(Team.Thursday);
        await using var db = NewContext();
        await team.SaveAsync(db, request);
        return request;
    }

    private async Task<StakeholderState> StateOfAsync(Guid stakeholderId)
    {
        await using var db = NewContext();
        return await db.Stakeholders.Where(s => s.Id == stakeholderId).Select(s => s.State).SingleAsync();
    }

    [Fact]
    public async Task SaveChanges_SnoozeAfterAnAnswerSavedElsewhere_ThrowsConcurrencyException()
    {
        var asked = await AskAsync();
        await using var reply = NewContext();
        await using var snooze = NewContext();
        var answered = await LoadAsync(reply, asked.Id);
        var snoozed = await LoadAsync(snooze, asked.Id);
        var now = Team.Thursday.AddHours(1);
        Assert.Equal(ChangeResult.Applied, answered.Respond(answered.Stakeholders[0].Person, AttemptKind.Response, now));
        Assert.Equal(ChangeResult.Applied, snoozed.Snooze(snoozed.Requester, snoozed.Stakeholders[0].Person, now.AddDays(3), now, Team.Schedule));
        await reply.SaveChangesAsync();

        var failure = await Record.ExceptionAsync(() => snooze.SaveChangesAsync());

        Assert.IsType<DbUpdateConcurrencyException>(failure);
        Assert.Equal(StakeholderState.Responded, await StateOfAsync(asked.Stakeholders[0].Id));
    }

    [Fact]
    public async Task SaveChanges_AnswerAfterANudgeSavedElsewhere_ThrowsConcurrencyException()
    {
        var asked = await AskAsync();
        await using var sweep = NewContext();
        await using var reply = NewContext();
        var nudged = await LoadAsync(sweep, asked.Id);
        var answered = await LoadAsync(reply, asked.Id);
        var now = Team.Thursday + Team.Window;
        Assert.NotNull(nudged.FollowUp(nudged.Stakeholders[0], now, Team.Schedule));
        Assert.Equal(ChangeResult.Applied, answered.Respond(answered.Stakeholders[0].Person, AttemptKind.Done, now));
        await sweep.SaveChangesAsync();

        var failure = await Record.ExceptionAsync(() => reply.SaveChangesAsync());

        Assert.IsType<DbUpdateConcurrencyException>(failure);
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(asked.Stakeholders[0].Id));
    }
}

public sealed class SqliteStakeholderConcurrencyTests() : StakeholderConcurrencyTests(new SqliteTestDatabase());

[Collection(PostgresTests.Name)]
public sealed class PostgresStakeholderConcurrencyTests(PostgresFixture server) : StakeholderConcurrencyTests(new PostgresTestDatabase(server));
