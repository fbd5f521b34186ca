using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Tests;

/// <summary>A file on an outgoing message (the digest's chart, an export) survives the outbox table: its bytes, type and title.</summary>
public abstract class OutboxMessageFileTests(ITestDatabase database) : DatabaseTests(database)
{
    [Fact]
    public async Task Saved_MessageWithAFile_ReadBackWithTheSameFile()
    {
        var file = new MessageFile("digest-2026-W49.png", MessageFile.Png, [0x89, 0x50, 0x4E, 0x47, 0, 255, 7], "Coordination, last 8 weeks");
        var sent = OutboxMessageTests.Message(file);
        await using (var db = NewContext())
        {
            db.OutboxMessages.Add(OutboxMessage.From(new PendingMessage(sent, "digest:T1:2026-W49", null, null), null, OutboxMessageTests.Now));
            await db.SaveChangesAsync();
        }

        await using var reader = NewContext();

        var read = (await reader.OutboxMessages.SingleAsync()).ReadMessage();

        OutboxMessageTests.AssertSameFile(file, read.File);
        Assert.Equal(sent.Text, read.Text);
    }
}

public sealed class SqliteOutboxMessageFileTests() : OutboxMessageFileTests(new SqliteTestDatabase());

[Collection(PostgresTests.Name)]
public sealed class PostgresOutboxMessageFileTests(PostgresFixture server) : OutboxMessageFileTests(new PostgresTestDatabase(server));
