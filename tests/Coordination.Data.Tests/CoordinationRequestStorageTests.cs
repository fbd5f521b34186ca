using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Tests;

/// <summary>A request, its stakeholders, its paper trail and its outbox row come back as they were saved.</summary>
public abstract class CoordinationRequestStorageTests(ITestDatabase database) : DatabaseTests(database)
{
    [Fact]
    public async Task SaveChanges_AskedRequestReloadedInANewContext_ComesBackAsAsked()
    {
        var team = new Team(stakeholders: 2);
        var request = team.Ask(Team.Thursday);
        var post = request.PendingMessages.Single().Message;
        await using (var db = NewContext())
        {
            await team.SaveAsync(db, request);
        }

        await using var reader = NewContext();
        var loaded = await LoadAsync(reader, request.Id);
        var row = await reader.OutboxMessages.SingleAsync(m => m.RequestId == request.Id);

        Assert.Equal("CR-1", loaded.Key);
        Assert.Equal(request.Title, loaded.Title);
        Assert.Equal(Team.Thursday, loaded.AskedAt);
        Assert.Equal("Alice", loaded.Requester.DisplayName);
        Assert.Equal("T1", loaded.Workspace.ExternalId);
        Assert.Equal(2, loaded.Stakeholders.Count);
        foreach (var asked in request.Stakeholders)
        {
            var stakeholder = Assert.Single(loaded.Stakeholders, s => s.Id == asked.Id);
            Assert.Equal(asked.Person.DisplayName, stakeholder.Person.DisplayName);
            Assert.Equal(StakeholderState.Waiting, stakeholder.State);
            Assert.Equal(1, stakeholder.AttemptCount);
            Assert.Equal(Team.Thursday + Team.Window, stakeholder.NextActionAt);
            Assert.Equal(asked.NextActionAt, stakeholder.NextActionAt);
        }

        Assert.Equal(2, loaded.Attempts.Count);
        Assert.All(loaded.Attempts, a => Assert.Equal((AttemptKind.Ask, 1), (a.Kind, a.Number)));
        Assert.Equal(request.Stakeholders.Select(s => (Guid?)s.Id).Order(), loaded.Attempts.Select(a => a.StakeholderId).Order());
        var message = row.ReadMessage();
        Assert.Equal(post.Text, message.Text);
        Assert.Equal(post.Mentions, message.Mentions);
        Assert.Equal(post.Destination, message.Destination);
    }
}

public sealed class SqliteCoordinationRequestStorageTests() : CoordinationRequestStorageTests(new SqliteTestDatabase());

[Collection(PostgresTests.Name)]
public sealed class PostgresCoordinationRequestStorageTests(PostgresFixture server) : CoordinationRequestStorageTests(new PostgresTestDatabase(server));
