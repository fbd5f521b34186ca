using Microsoft.EntityFrameworkCore;

namespace Coordination.Data.Providers;

/// <summary>SQL Server: several instances may share it; due rows are claimed with <c>UPDLOCK, READPAST</c>.</summary>
public sealed class SqlServerCoordinationDbContext(DbContextOptions<SqlServerCoordinationDbContext> options) : CoordinationDbContext(options)
{
    public override IQueryable<Guid> DueStakeholders(DateTimeOffset now, int limit) =>
        Database.SqlQuery<Guid>($"""
            SELECT TOP ({limit}) [Id] AS [Value] FROM [Stakeholders] WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE [NextActionAt] <= {now}
            ORDER BY [NextActionAt]
            """);

    public override async Task EnsureOutboxConversationsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        // Only parameter placeholders are spliced in; the keys travel as parameters.
        var sql = $"""
            MERGE INTO [OutboxConversations] WITH (HOLDLOCK) AS t USING (VALUES {string.Join(", ", keys.Select((_, i) => $"({{{i}}})"))}) AS s([Key]) ON t.[Key] = s.[Key]
            WHEN NOT MATCHED THEN INSERT ([Key], [Version]) VALUES (s.[Key], 0);
            """;
        await Database.ExecuteSqlRawAsync(sql, keys, cancellationToken);
    }

    public override async Task<int> TakeRequestNumbersAsync(Guid workspaceId, int count, CancellationToken cancellationToken) =>
        (await Database.SqlQuery<int>($"""
            UPDATE [Workspaces] SET [LastRequestNumber] = [LastRequestNumber] + {count}
            OUTPUT inserted.[LastRequestNumber] AS [Value]
            WHERE [Id] = {workspaceId}
            """).ToListAsync(cancellationToken)).Single() - count + 1;
}
