using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Tests;

/// <summary>The sweep's set-based save writes what EF would have written, with the same check on stakeholders.</summary>
public abstract class SaveFollowUpsTests(ITestDatabase database) : DatabaseTests(database)
{
    private static readonly DateTimeOffset Due = Team.Thursday + Team.Window;

    private async Task<CoordinationRequest> AskAsync()
    {
        var team = new Team(stakeholders: 1);
        var request = team.Ask(Team.Thursday);
        await using var db = NewContext();
        await team.SaveAsync(db, request);
        return request;
    }

    /// <summary>What the sweep does with a due stakeholder it has loaded: follow up, and queue what that caused.</summary>
    private static void FollowUp(CoordinationDbContext db, CoordinationRequest request)
    {
        Assert.Equal(FollowUpStep.Nudge, request.FollowUp(request.Stakeholders[0], Due, Team.Schedule));
        db.OutboxMessages.AddRange(request.PendingMessages.Select(pending => OutboxMessage.From(pending, request.Id, Due)));
        request.ClearPendingMessages();
    }

    [Fact]
    public async Task SaveFollowUpsAsync_NudgeInATransaction_WritesTheNudgeAndItsMessages()
    {
        var asked = await AskAsync();
        await using (var sweep = NewContext())
        {
            await using var transaction = await sweep.Database.BeginTransactionAsync();
            FollowUp(sweep, await LoadAsync(sweep, asked.Id));

            await sweep.SaveFollowUpsAsync(CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using var reader = NewContext();
        var saved = await LoadAsync(reader, asked.Id);
        var stakeholder = Assert.Single(saved.Stakeholders);
        Assert.Equal((StakeholderState.Waiting, 2, 3), (stakeholder.State, stakeholder.AttemptCount, stakeholder.Version));
        Assert.Equal(Due, stakeholder.WindowStartedAt);
        Assert.Equal((true, null), (stakeholder.AwaitsDelivery, stakeholder.NextActionAt));
        Assert.Equal(Due, saved.ProceedNoticeAt);
        var nudge = Assert.Single(saved.Attempts, a => a.Kind == AttemptKind.Nudge);
        Assert.Equal((stakeholder.Id, 2, Due), (nudge.StakeholderId, nudge.Number, nudge.At));
        Assert.Single(saved.Attempts, a => a.Kind == AttemptKind.ProceedNotice);
        var keys = await reader.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt == Due).Select(m => m.DeduplicationKey).ToListAsync();
        Assert.Equal([$"nudge:{stakeholder.Id}:2", $"proceed:{saved.Id}"], keys.Order(StringComparer.Ordinal));
        Assert.Empty(await reader.LockDueStakeholdersAsync(Due + Team.Window, 10, CancellationToken.None));
    }

    [Fact]
    public async Task SaveFollowUpsAsync_AnswerSavedAfterTheSweepRead_ThrowsConcurrencyException()
    {
        var asked = await AskAsync();
        await using var sweep = NewContext();
        var nudged = await LoadAsync(sweep, asked.Id);
        await using (var reply = NewContext())
        {
            var answered = await LoadAsync(reply, asked.Id);
            Assert.Equal(ChangeResult.Applied, answered.Respond(answered.Stakeholders[0].Person, AttemptKind.Response, Due));
            await reply.SaveChangesAsync();
        }

        await using var transaction = await sweep.Database.BeginTransactionAsync();
        FollowUp(sweep, nudged);

        var failure = await Record.ExceptionAsync(() => sweep.SaveFollowUpsAsync(CancellationToken.None));

        var conflict = Assert.IsType<DbUpdateConcurrencyException>(failure);
        Assert.Contains("since the sweep read them", conflict.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteSaveFollowUpsTests() : SaveFollowUpsTests(new SqliteTestDatabase());

[Collection(PostgresTests.Name)]
public sealed class PostgresSaveFollowUpsTests(PostgresFixture server) : SaveFollowUpsTests(new PostgresTestDatabase(server));
