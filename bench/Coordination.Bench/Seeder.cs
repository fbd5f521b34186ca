using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coordination.Bench;

/// <summary>
/// Fills the database in bulk, in SQL, as the engine would have left it: open requests with two waiting stakeholders
/// each (and their ask in the trail). A small warm-up slice and the measured slice fall due at known times; the rest
/// weeks later.
/// </summary>
internal static class Seeder
{
    public const int WarmUpRows = 100;
    public static readonly TimeSpan WarmUpDueAfter = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan DueAfter = TimeSpan.FromHours(2);
    private const int People = 200;

    public static async Task<int> SeedStakeholdersAsync(IServiceProvider services, string provider, DateTimeOffset start, int stakeholders, int due)
    {
        var db = services.GetRequiredService<CoordinationDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var workspace = new Workspace(ChatPlatform.Local, "bench");
        db.Workspaces.Add(workspace);
        db.People.AddRange(Enumerable.Range(0, People).Select(i => new Person(workspace.Id, $"U{i:D5}", $"Person {i}")));
        await db.SaveChangesAsync();

        var sqlite = provider == "Sqlite";
        object Time(DateTimeOffset value) => sqlite ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(value)! : value;
        object[] parameters =
        [
            workspace.Id, stakeholders / 2, WarmUpRows, WarmUpRows + due,
            Time(start), Time(start + WarmUpDueAfter), Time(start + DueAfter), Time(start + TimeSpan.FromDays(30)),
        ];
        await db.Database.OpenConnectionAsync();
        foreach (var statement in sqlite ? SeedSql.Sqlite : SeedSql.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync(statement, parameters);
        }

        await db.Database.CloseConnectionAsync();

        return stakeholders;
    }

    public static async Task<int> SeedOutboxAsync(IServiceProvider services, DateTimeOffset now, int messages, string label, string channels = "#bench")
    {
        var db = services.GetRequiredService<CoordinationDbContext>();
        var mention = new Mention("U00001", "Person 1");
        for (var offset = 0; offset < messages; offset += 5000)
        {
            for (var i = offset; i < Math.Min(messages, offset + 5000); i++)
            {
                var text = $"Friendly reminder, {mention.Token}: {label} message {i}. Attempt 2 of 3.";
                // Spread over 100 channels: each conversation is sent in order, one message at a time, and conversations in parallel.
                var channel = $"{channels}-{i % 100}";
                var message = new OutgoingMessage(ChatPlatform.Local, "bench", MessageDestination.InThread(new ThreadRef(channel, "1.0")), text, [mention], MessageButton.ForRequest("CR-1"));
                db.OutboxMessages.Add(OutboxMessage.From(new PendingMessage(message, $"{label}:{now.Ticks}:{i}", null, null), null, now));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return messages;
    }
}
