using Coordination.Data.Bulk;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Coordination.Data.Providers;

/// <summary>PostgreSQL: several instances may share it; due rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>.</summary>
public sealed class PostgresCoordinationDbContext(DbContextOptions<PostgresCoordinationDbContext> options) : CoordinationDbContext(options)
{
    public override IQueryable<Guid> DueStakeholders(DateTimeOffset now, int limit) =>
        Database.SqlQuery<Guid>($"""
            SELECT "Id" AS "Value" FROM "Stakeholders"
            WHERE "NextActionAt" <= {now}
            ORDER BY "NextActionAt"
            LIMIT {limit}
            FOR UPDATE SKIP LOCKED
            """);

    internal override async Task<bool> TryWriteInBulkAsync(SweepChanges changes, CancellationToken cancellationToken)
    {
        await PostgresBulkWriter.WriteAsync((NpgsqlConnection)Database.GetDbConnection(), changes, cancellationToken);
        return true;
    }
}
