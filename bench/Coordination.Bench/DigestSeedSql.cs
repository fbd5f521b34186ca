namespace Coordination.Bench;

/// <summary>
/// A year of history for one workspace, in bulk, on PostgreSQL. Parameters: {0} workspace, {1} requests, {2} the
/// digest's end (the history runs for the year before it). Per request: two stakeholders, three attempts (the ask,
/// an answer, the close); about 85 % resolved, 5 % cancelled, the rest open; one in ten settled by a decision.
/// </summary>
internal static class DigestSeedSql
{
    private const long TicksPerHour = 36_000_000_000;

    public static readonly string[] Postgres =
    [
        """
        CREATE TEMP TABLE bench_people AS SELECT ROW_NUMBER() OVER (ORDER BY "Id") - 1 AS k, "Id" FROM "People" WHERE "WorkspaceId" = {0}
        """,
        $"""
        INSERT INTO "Requests" ("Id","WorkspaceId","Number","Title","RequesterId","AskedAt","Channel","ThreadId","Status","ClosedAt","TimeToClose","NeededMeeting","DueAt","AskedLocalHour","AskedOf")
        SELECT gen_random_uuid(), {"{0}"}, n, 'Bench request ' || n, p."Id", t.asked, '#c' || (n % 20), n::text, t.status,
               CASE WHEN t.status = 0 THEN NULL ELSE t.asked + t.hours * interval '1 hour' END,
               CASE WHEN t.status = 0 THEN NULL ELSE t.hours * {TicksPerHour}::bigint END,
               n % 10 = 0, CASE WHEN n % 3 = 0 THEN t.asked + interval '5 days' END,
               ((EXTRACT(ISODOW FROM t.asked AT TIME ZONE 'UTC')::int - 1) * 24 + EXTRACT(HOUR FROM t.asked AT TIME ZONE 'UTC')::int), 2
        FROM generate_series(1, {"{1}"}) AS n
        CROSS JOIN LATERAL (SELECT {"{2}"}::timestamptz - interval '365 days' + (n::float8 / {"{1}"}) * interval '365 days' AS asked,
                                   CASE WHEN n % 20 = 0 THEN 2 WHEN n % 10 = 1 THEN 0 ELSE 1 END AS status,
                                   1 + (n::bigint * 7919) % 300 AS hours) t
        JOIN bench_people p ON p.k = n % 200
        """,
        $"""
        INSERT INTO "Stakeholders" ("Id","RequestId","PersonId","State","AttemptCount","AskedAt","WindowStartedAt","NextActionAt","RespondedAt","Version","TimeToRespond","AskedLocalHour","AskedOffHours","AwaitsDelivery","UndeliveredAttempts")
        SELECT gen_random_uuid(), r."Id", p."Id",
               CASE WHEN r."Status" = 0 AND s.k = 1 THEN 0 ELSE 1 END,
               1 + (r."Number" + s.k) % 3, r."AskedAt", r."AskedAt",
               CASE WHEN r."Status" = 0 AND s.k = 1 THEN r."AskedAt" + interval '2 days' END,
               CASE WHEN r."Status" = 0 AND s.k = 1 THEN NULL ELSE r."AskedAt" + ((r."Number" * 31 + s.k * 17) % 96) * interval '1 hour' END, 0,
               CASE WHEN r."Status" = 0 AND s.k = 1 THEN NULL ELSE ((r."Number" * 31 + s.k * 17) % 96) * {TicksPerHour}::bigint END,
               r."AskedLocalHour", r."AskedLocalHour" >= 120 OR r."AskedLocalHour" % 24 NOT BETWEEN 9 AND 17, false, 0
        FROM "Requests" r CROSS JOIN (VALUES (0), (1)) AS s(k)
        JOIN bench_people p ON p.k = 1 + ((r."Number" * 2 + s.k) % 199)
        WHERE r."WorkspaceId" = {"{0}"}
        """,
        """
        INSERT INTO "Attempts" ("Id","RequestId","StakeholderId","Kind","Number","At","ActorId","Where")
        SELECT gen_random_uuid(), s."RequestId", s."Id", 0, 1, s."AskedAt", r."RequesterId", '#bench'
        FROM "Stakeholders" s JOIN "Requests" r ON r."Id" = s."RequestId"
        """,
        """
        INSERT INTO "Attempts" ("Id","RequestId","StakeholderId","Kind","Number","At","ActorId","Where")
        SELECT gen_random_uuid(), r."Id", NULL, CASE WHEN r."Status" = 2 THEN 11 WHEN r."Status" = 1 THEN 10 ELSE 1 END, NULL,
               COALESCE(r."ClosedAt", r."AskedAt" + interval '2 days'), r."RequesterId", '#bench'
        FROM "Requests" r WHERE r."WorkspaceId" = {0}
        """,
        """
        INSERT INTO "Decisions" ("Id","WorkspaceId","Number","Text","DecidedById","DecidedAt","Channel","ThreadId","RequestId","LongTerm","Source","TimeFromAsk")
        SELECT gen_random_uuid(), {0}, ROW_NUMBER() OVER (ORDER BY r."Number"), 'Decision on ' || r."Title", r."RequesterId", r."ClosedAt", r."Channel", r."ThreadId",
               r."Id", r."Number" % 50 = 0, 0, r."TimeToClose"
        FROM "Requests" r WHERE r."WorkspaceId" = {0} AND r."Status" = 1 AND r."Number" % 10 = 2
        """,
        """
        INSERT INTO "WorkTeams" ("Id","WorkspaceId","Name") SELECT gen_random_uuid(), {0}, 'team-' || t FROM generate_series(1, 10) AS t
        """,
        """
        INSERT INTO "WorkTeamMembers" ("MembersId","WorkTeamId")
        SELECT p."Id", t."Id" FROM bench_people p JOIN (SELECT "Id", ROW_NUMBER() OVER (ORDER BY "Name") - 1 AS k FROM "WorkTeams") t ON p.k % 10 = t.k
        """,
        """UPDATE "Workspaces" SET "LastRequestNumber" = {1} WHERE "Id" = {0}""",
        "VACUUM ANALYZE",
    ];
}
