using Coordination.Core.Requests;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Coordination.Data.Bulk;

/// <summary>
/// Writes a sweep's changes in a handful of statements: binary COPY for the new rows, one UPDATE … FROM unnest(…)
/// per changed table. Row-at-a-time statements are three times too slow for a 10,000-row sweep.
/// </summary>
internal static class PostgresBulkWriter
{
    public static async Task WriteAsync(NpgsqlConnection connection, SweepChanges changes, CancellationToken cancellationToken)
    {
        await CopyAttemptsAsync(connection, changes.Attempts, cancellationToken);
        await CopyOutboxAsync(connection, changes.Outbox, cancellationToken);
        await UpdateStakeholdersAsync(connection, changes.Stakeholders, cancellationToken);
        await UpdateRequestsAsync(connection, changes.Requests, cancellationToken);
    }

    private static async Task CopyAttemptsAsync(NpgsqlConnection connection, IReadOnlyList<Attempt> attempts, CancellationToken cancellationToken)
    {
        if (attempts.Count == 0)
        {
            return;
        }

        await using var writer = await connection.BeginBinaryImportAsync(
            """COPY "Attempts" ("Id","RequestId","StakeholderId","Kind","Number","At","DeliveredAt","ActorId","Where","Note") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        foreach (var a in attempts)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(a.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(a.RequestId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(writer, a.StakeholderId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync((int)a.Kind, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(writer, a.Number, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(a.At, NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullableAsync(writer, a.DeliveredAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullableAsync(writer, a.ActorId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(a.Where, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(writer, a.Note, NpgsqlDbType.Varchar, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyOutboxAsync(NpgsqlConnection connection, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await using var writer = await connection.BeginBinaryImportAsync(
            """COPY "OutboxMessages" ("Id","Platform","WorkspaceExternalId","DeduplicationKey","Payload","RequestId","AttemptId","StakeholderId","Status","DeliveryAttempts","NextAttemptAt","CreatedAt","ConversationKey","Sequence","OpensWindow","IsFollowUp") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        foreach (var m in messages)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(m.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync((int)m.Platform, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(m.WorkspaceExternalId, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(m.DeduplicationKey, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(m.Payload, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, m.RequestId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(writer, m.AttemptId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(writer, m.StakeholderId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync((int)m.Status, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(m.DeliveryAttempts, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(m.NextAttemptAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(m.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(m.ConversationKey, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(m.Sequence, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(m.OpensWindow, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(m.IsFollowUp, NpgsqlDbType.Boolean, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task UpdateStakeholdersAsync(NpgsqlConnection connection, IReadOnlyList<(Stakeholder Row, int ReadVersion)> stakeholders, CancellationToken cancellationToken)
    {
        if (stakeholders.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            """
            UPDATE "Stakeholders" AS s SET "State" = u.state, "AttemptCount" = u.attempts, "WindowStartedAt" = u.window_start,
                "NextActionAt" = u.next_action, "RespondedAt" = u.responded, "SnoozedUntil" = u.snoozed, "Version" = u.version,
                "AwaitsDelivery" = u.awaits_delivery
            FROM unnest(@ids, @read_versions, @states, @attempts, @window_starts, @next_actions, @responded, @snoozed, @versions, @awaits_delivery)
                AS u(id, read_version, state, attempts, window_start, next_action, responded, snoozed, version, awaits_delivery)
            WHERE s."Id" = u.id AND s."Version" = u.read_version
            """,
            connection);
        var rows = stakeholders.Select(s => s.Row).ToList();
        command.Parameters.AddWithValue("ids", rows.Select(s => s.Id).ToArray());
        command.Parameters.AddWithValue("read_versions", stakeholders.Select(s => s.ReadVersion).ToArray());
        command.Parameters.AddWithValue("states", rows.Select(s => (int)s.State).ToArray());
        command.Parameters.AddWithValue("attempts", rows.Select(s => s.AttemptCount).ToArray());
        command.Parameters.Add(Timestamps("window_starts", rows.Select(s => (DateTimeOffset?)s.WindowStartedAt)));
        command.Parameters.Add(Timestamps("next_actions", rows.Select(s => s.NextActionAt)));
        command.Parameters.Add(Timestamps("responded", rows.Select(s => s.RespondedAt)));
        command.Parameters.Add(Timestamps("snoozed", rows.Select(s => s.SnoozedUntil)));
        command.Parameters.AddWithValue("versions", rows.Select(s => s.Version).ToArray());
        command.Parameters.AddWithValue("awaits_delivery", rows.Select(s => s.AwaitsDelivery).ToArray());
        var updated = await command.ExecuteNonQueryAsync(cancellationToken);
        if (updated != stakeholders.Count)
        {
            throw new DbUpdateConcurrencyException($"{stakeholders.Count - updated} of {stakeholders.Count} stakeholders changed since the sweep read them.");
        }
    }

    private static async Task UpdateRequestsAsync(NpgsqlConnection connection, IReadOnlyList<CoordinationRequest> requests, CancellationToken cancellationToken)
    {
        if (requests.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            """
            UPDATE "Requests" AS r SET "ProceedNoticeAt" = u.proceed_notice
            FROM unnest(@ids, @proceed_notices) AS u(id, proceed_notice) WHERE r."Id" = u.id
            """,
            connection);
        command.Parameters.AddWithValue("ids", requests.Select(r => r.Id).ToArray());
        command.Parameters.Add(Timestamps("proceed_notices", requests.Select(r => r.ProceedNoticeAt)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter Timestamps(string name, IEnumerable<DateTimeOffset?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = values.ToArray() };

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, type, cancellationToken);
}
