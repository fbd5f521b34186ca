using System.Diagnostics;
using Coordination.Bot.Cli;
using Coordination.Bot.Digests;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bench;

/// <summary>
/// One workspace with a year of history (by default 1,000,000 requests, 2,000,000 stakeholders, 3,000,000 attempts)
/// on PostgreSQL: the time and memory of computing one digest, first run and the median of the next five.
/// </summary>
internal static class DigestBenchmark
{
    private const int People = 200;
    private static readonly DateTimeOffset End = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(int requests, TextWriter output)
    {
        await using var database = await BenchDatabase.CreateAsync("Postgres");
        await using var services = BenchServices.Build(database, new SimulatedClock(End));
        await BenchServices.MigrateAsync(services);

        var seeding = Stopwatch.StartNew();
        var workspace = await services.InScopeAsync(sp => SeedAsync(sp.GetRequiredService<CoordinationDbContext>(), requests));
        var counts = await services.InScopeAsync(sp => CountAsync(sp.GetRequiredService<CoordinationDbContext>()));
        await output.WriteLineAsync($"[Postgres] seeded {counts.Requests:N0} requests, {counts.Stakeholders:N0} stakeholders, {counts.Attempts:N0} attempts, {counts.Decisions:N0} decisions in {seeding.Elapsed.TotalSeconds:F0} s");

        var runs = new List<(double Ms, long Allocated)>();
        var patterns = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var patternsMs = await services.InScopeAsync(sp => ComputeAsync(sp, workspace));
            runs.Add((watch.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocated));
            patterns.Add(patternsMs);
        }

        var warm = runs.Skip(1).Select(r => r.Ms).Order().ToList();
        await output.WriteLineAsync($"[Postgres] one digest with its patterns: first {runs[0].Ms:F0} ms, then median {warm[warm.Count / 2]:F0} ms, max {warm[^1]:F0} ms (5 runs)");
        await output.WriteLineAsync($"[Postgres] of which the stall patterns: median {patterns.Skip(1).Order().ElementAt(2):F0} ms");
        await output.WriteLineAsync($"[Postgres] managed memory allocated per digest: {runs.Skip(1).Max(r => r.Allocated) / 1024.0 / 1024.0:F1} MB");
        await output.WriteLineAsync($"[Postgres] process working set {Environment.WorkingSet / 1024 / 1024} MB, peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB (seeding included)");
        return 0;
    }

    /// <summary>What the digest computes: its figures, then its patterns; the time the patterns took.</summary>
    private static async Task<double> ComputeAsync(IServiceProvider services, Guid workspaceId)
    {
        await services.GetRequiredService<DigestMetrics>().ComputeAsync(workspaceId, End, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        var workspace = await services.GetRequiredService<CoordinationDbContext>().Workspaces.AsNoTracking().SingleAsync(w => w.Id == workspaceId);
        await services.GetRequiredService<PatternFinder>().FindAsync(workspace, End, lead: null, channel => channel, CancellationToken.None);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<Guid> SeedAsync(CoordinationDbContext db, int requests)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var workspace = new Workspace(ChatPlatform.Local, "bench-digest");
        db.Workspaces.Add(workspace);
        db.People.AddRange(Enumerable.Range(0, People).Select(i => new Person(workspace.Id, $"U{i:D5}", $"Person {i}")));
        await db.SaveChangesAsync();
        await db.Database.OpenConnectionAsync();
        foreach (var statement in DigestSeedSql.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync(statement, workspace.Id, requests, End);
        }

        await db.Database.CloseConnectionAsync();
        return workspace.Id;
    }

    private static async Task<(int Requests, int Stakeholders, int Attempts, int Decisions)> CountAsync(CoordinationDbContext db) =>
        (await db.Requests.CountAsync(), await db.Stakeholders.CountAsync(), await db.Attempts.CountAsync(), await db.Decisions.CountAsync());
}
