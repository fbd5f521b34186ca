using System.Data.Common;
using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coordination.Data.Bulk;

/// <summary>
/// Writes a sweep's changes with one prepared statement per kind of row, reused for every row: SQLite is in-process,
/// so the cost EF adds per row (a new statement each time) is most of the work.
/// </summary>
internal static class SqliteBulkWriter
{
    private static readonly DateTimeOffsetToBinaryConverter Instants = new();

    public static async Task WriteAsync(SqliteConnection connection, DbTransaction? transaction, SweepChanges changes, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, changes.Attempts, """
            INSERT INTO "Attempts" ("Id","RequestId","StakeholderId","Kind","Number","At","DeliveredAt","ActorId","Where","Note")
            VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
            """, a => [Id(a.Id), Id(a.RequestId), Id(a.StakeholderId), (int)a.Kind, a.Number, Instant(a.At), Instant(a.DeliveredAt), Id(a.ActorId), a.Where, a.Note], cancellationToken);
        await ExecuteAsync(connection, transaction, changes.Outbox, """
            INSERT INTO "OutboxMessages" ("Id","Platform","WorkspaceExternalId","DeduplicationKey","Payload","RequestId","AttemptId","StakeholderId","Status","DeliveryAttempts","NextAttemptAt","CreatedAt",
                "ConversationKey","Sequence","OpensWindow","IsFollowUp")
            VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)
            """, m => [Id(m.Id), (int)m.Platform, m.WorkspaceExternalId, m.DeduplicationKey, m.Payload, Id(m.RequestId), Id(m.AttemptId), Id(m.StakeholderId), (int)m.Status, m.DeliveryAttempts, Instant(m.NextAttemptAt), Instant(m.CreatedAt),
                m.ConversationKey, m.Sequence, m.OpensWindow, m.IsFollowUp], cancellationToken);
        var updated = await ExecuteAsync(connection, transaction, changes.Stakeholders, """
            UPDATE "Stakeholders" SET "State" = $3, "AttemptCount" = $4, "WindowStartedAt" = $5, "NextActionAt" = $6,
                "RespondedAt" = $7, "SnoozedUntil" = $8, "Version" = $9, "AwaitsDelivery" = $10
            WHERE "Id" = $1 AND "Version" = $2
            """, s => [Id(s.Row.Id), s.ReadVersion, (int)s.Row.State, s.Row.AttemptCount, Instant(s.Row.WindowStartedAt), Instant(s.Row.NextActionAt), Instant(s.Row.RespondedAt), Instant(s.Row.SnoozedUntil), s.Row.Version,
                s.Row.AwaitsDelivery], cancellationToken);
        if (updated != changes.Stakeholders.Count)
        {
            throw new DbUpdateConcurrencyException($"{changes.Stakeholders.Count - updated} of {changes.Stakeholders.Count} stakeholders changed since the sweep read them.");
        }

        await ExecuteAsync(connection, transaction, changes.Requests, """UPDATE "Requests" SET "ProceedNoticeAt" = $2 WHERE "Id" = $1""",
            r => [Id(r.Id), Instant(r.ProceedNoticeAt)], cancellationToken);
    }

    private static async Task<int> ExecuteAsync<T>(SqliteConnection connection, DbTransaction? transaction, IReadOnlyList<T> rows, string sql, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction?)transaction;
        var first = values(rows[0]);
        for (var i = 0; i < first.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + (i + 1), null));
        }

        await command.PrepareAsync(cancellationToken);
        var affected = 0;
        foreach (var row in rows)
        {
            var rowValues = values(row);
            for (var i = 0; i < rowValues.Length; i++)
            {
                command.Parameters[i].Value = rowValues[i] ?? DBNull.Value;
            }

            affected += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return affected;
    }

    // EF stores GUIDs as upper-case text and instants as sortable integers on SQLite; write them the same way.
    private static string? Id(Guid? id) => id?.ToString().ToUpperInvariant();

    private static object? Instant(DateTimeOffset? instant) => instant is { } value ? Instants.ConvertToProvider(value) : null;
}
