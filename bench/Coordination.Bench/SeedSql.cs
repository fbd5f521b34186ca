namespace Coordination.Bench;

/// <summary>
/// The bulk inserts, per engine. Parameters: {0} workspace, {1} requests, {2} last warm-up row, {3} last due row,
/// {4} asked at, {5} warm-up due, {6} due, {7} not due yet.
/// </summary>
internal static class SeedSql
{
    public static readonly string[] Postgres =
    [
        """
        CREATE TEMP TABLE bench_people AS SELECT ROW_NUMBER() OVER (ORDER BY "Id") - 1 AS k, "Id" FROM "People" WHERE "WorkspaceId" = {0}
        """,
        """
        INSERT INTO "Requests" ("Id","WorkspaceId","Number","Title","RequesterId","AskedAt","Channel","ThreadId","Status","NeededMeeting")
        SELECT gen_random_uuid(), {0}, n, 'Bench request ' || n, p."Id", {4}, '#bench', n::text, 0, false
        FROM generate_series(1, {1}) AS n JOIN bench_people p ON p.k = 0
        """,
        """
        INSERT INTO "Stakeholders" ("Id","RequestId","PersonId","State","AttemptCount","AskedAt","WindowStartedAt","NextActionAt","Version","AwaitsDelivery","UndeliveredAttempts")
        SELECT gen_random_uuid(), r."Id", p."Id", 0, 1, {4}, {4},
               CASE WHEN (r."Number" - 1) * 2 + s.k < {2} THEN {5} WHEN (r."Number" - 1) * 2 + s.k < {3} THEN {6} ELSE {7} END, 0, false, 0
        FROM "Requests" r CROSS JOIN (VALUES (0), (1)) AS s(k)
        JOIN bench_people p ON p.k = 1 + ((r."Number" * 2 + s.k) % 199)
        WHERE r."WorkspaceId" = {0}
        """,
        """
        INSERT INTO "Attempts" ("Id","RequestId","StakeholderId","Kind","Number","At","ActorId","Where")
        SELECT gen_random_uuid(), s."RequestId", s."Id", 0, 1, {4}, r."RequesterId", '#bench'
        FROM "Stakeholders" s JOIN "Requests" r ON r."Id" = s."RequestId"
        """,
        """UPDATE "Workspaces" SET "LastRequestNumber" = {1} WHERE "Id" = {0}""",
        "ANALYZE",
    ];

    private const string SqliteUuid =
        "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))";

    public static readonly string[] Sqlite =
    [
        """
        CREATE TEMP TABLE bench_people AS SELECT ROW_NUMBER() OVER (ORDER BY "Id") - 1 AS k, "Id" FROM "People" WHERE "WorkspaceId" = {0}
        """,
        $"""
        WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {"{1}"})
        INSERT INTO "Requests" ("Id","WorkspaceId","Number","Title","RequesterId","AskedAt","Channel","ThreadId","Status","NeededMeeting")
        SELECT {SqliteUuid}, {"{0}"}, n, 'Bench request ' || n, p."Id", {"{4}"}, '#bench', CAST(n AS TEXT), 0, 0
        FROM seq JOIN bench_people p ON p.k = 0
        """,
        $"""
        INSERT INTO "Stakeholders" ("Id","RequestId","PersonId","State","AttemptCount","AskedAt","WindowStartedAt","NextActionAt","Version","AwaitsDelivery","UndeliveredAttempts")
        SELECT {SqliteUuid}, r."Id", p."Id", 0, 1, {"{4}"}, {"{4}"},
               CASE WHEN (r."Number" - 1) * 2 + s.k < {"{2}"} THEN {"{5}"} WHEN (r."Number" - 1) * 2 + s.k < {"{3}"} THEN {"{6}"} ELSE {"{7}"} END, 0, 0, 0
        FROM "Requests" r CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1) AS s
        JOIN bench_people p ON p.k = 1 + ((r."Number" * 2 + s.k) % 199)
        WHERE r."WorkspaceId" = {"{0}"}
        """,
        $"""
        INSERT INTO "Attempts" ("Id","RequestId","StakeholderId","Kind","Number","At","ActorId","Where")
        SELECT {SqliteUuid}, s."RequestId", s."Id", 0, 1, {"{4}"}, r."RequesterId", '#bench'
        FROM "Stakeholders" s JOIN "Requests" r ON r."Id" = s."RequestId"
        """,
        """UPDATE "Workspaces" SET "LastRequestNumber" = {1} WHERE "Id" = {0}""",
        "ANALYZE",
    ];
}
