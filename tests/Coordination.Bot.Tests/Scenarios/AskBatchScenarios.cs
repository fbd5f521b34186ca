using Coordination.Bot.Engine;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Scenarios;

/// <summary>Asks that arrive together are recorded together: same outcome as one by one, fewer trips to the database.</summary>
public abstract class AskBatchScenarios(ITestDatabases databases) : HostScenarios(databases)
{
    [Fact]
    public async Task HandleAsks_SeveralWorkspaces_EachAskRecordedWithItsWorkspacesNextKeysInOrder()
    {
        var app = await StartAsync();
        await app.SendAsync(new AskCommand(As(Alice), "Already there", [Bob]));
        var other = new CommandContext(ChatPlatform.Local, "T-OTHER", Alice, Channel);

        var replies = await HandleAsync(app,
            new AskCommand(As(Alice), "First", [Bob, Carol]),
            new AskCommand(other, "Elsewhere", [Bob]),
            new AskCommand(As(Dan), "Second", [Alice]));

        Assert.Equal(["Recorded CR-2", "Recorded CR-1", "Recorded CR-3"], replies.Select(r => r.Text[..13]));
        var keys = await app.QueryAsync(db => db.Requests.Include(r => r.Workspace).Include(r => r.Stakeholders)
            .Select(r => new { r.Workspace.ExternalId, r.Number, r.Title, Stakeholders = r.Stakeholders.Count }).ToListAsync());
        Assert.Equal(4, keys.Count);
        Assert.Contains(keys, k => k is { ExternalId: People.Workspace, Number: 2, Title: "First", Stakeholders: 2 });
        Assert.Contains(keys, k => k is { ExternalId: "T-OTHER", Number: 1, Title: "Elsewhere" });
        Assert.Contains(keys, k => k is { ExternalId: People.Workspace, Number: 3, Title: "Second" });
        var posts = await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey.StartsWith("ask:")));
        Assert.Equal(4, posts);
        Assert.Equal(6, await app.QueryAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task HandleAsks_OneAsksOnlyItsSender_ThatOneRefusedAloneAndTheOthersRecorded()
    {
        var app = await StartAsync();

        var replies = await HandleAsync(app,
            new AskCommand(As(Alice), "Fine", [Bob]),
            new AskCommand(As(Carol), "Talking to myself", [Carol]),
            new AskCommand(As(Bob), "Also fine", [Dan]));

        Assert.Equal([true, false, true], replies.Select(r => r.Succeeded));
        var numbers = await app.QueryAsync(db => db.Requests.OrderBy(r => r.Number).Select(r => r.Number).ToListAsync());
        Assert.Equal([1, 2], numbers);
    }

    [Fact]
    public async Task Submit_ManyAsksAtOnceNamingNewPeople_EveryAskRecordedOnceWithADistinctKey()
    {
        var app = await StartAsync();
        var batcher = app.Services.GetRequiredService<AskBatcher>();
        var people = Enumerable.Range(0, 10).Select(i => new PersonRef($"U-NEW-{i}", $"new {i}")).ToArray();

        var replies = await Task.WhenAll(Enumerable.Range(0, 150).Select(i => Task.Run(() =>
            batcher.SubmitAsync(new AskCommand(As(people[i % 10]), $"Ask {i}", [people[(i + 1) % 10], people[(i + 3) % 10]])))));

        Assert.All(replies, r => Assert.True(r.Succeeded, r.Text));
        var requests = await app.QueryAsync(db => db.Requests.Select(r => new { r.Number, r.Title }).ToListAsync());
        Assert.Equal(150, requests.Count);
        Assert.Equal(150, requests.Select(r => r.Number).Distinct().Count());
        Assert.Equal(150, requests.Select(r => r.Title).Distinct().Count());
        Assert.Equal(10, await app.QueryAsync(db => db.People.CountAsync()));
        Assert.Equal(300, await app.QueryAsync(db => db.Attempts.CountAsync(a => a.Kind == AttemptKind.Ask)));
        Assert.Equal(150, await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending)));
    }

    private static Task<IReadOnlyList<Reply>> HandleAsync(BotApp app, params AskCommand[] asks) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CommandHandler>().HandleAsksAsync(asks, CancellationToken.None));
}

public sealed class SqliteAskBatchScenarios() : AskBatchScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresAskBatchScenarios(PostgresFixture server) : AskBatchScenarios(new PostgresDatabases(server));
