using System.Diagnostics;
using Coordination.Bot.Cli;
using Coordination.Bot.Engine;

namespace Coordination.Bench;

/// <summary>
/// One sweep over a table of open stakeholders of which a slice is due: the time to process the due slice, and the
/// time of a sweep with nothing due.
/// </summary>
internal static class SweepBenchmark
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(BenchDatabase database, BenchOptions options, TextWriter output)
    {
        var clock = new SimulatedClock(Start);
        await using var services = BenchServices.Build(database, clock);
        await BenchServices.MigrateAsync(services);

        var seeding = Stopwatch.StartNew();
        await services.InScopeAsync(sp => Seeder.SeedStakeholdersAsync(sp, database.Provider, Start, options.Stakeholders, options.Due));
        await output.WriteLineAsync($"[{database.Provider}] seeded {options.Stakeholders:N0} open stakeholders ({options.Due:N0} due) in {seeding.Elapsed.TotalSeconds:F1} s");

        var empty = new List<double>();
        for (var i = 0; i < 25; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = await SweepAsync(services);
            empty.Add(watch.Elapsed.TotalMilliseconds);
            Trace.Assert(result.Claimed == 0, "nothing should be due yet");
        }

        clock.MoveTo(Start + Seeder.WarmUpDueAfter);
        var warm = await SweepAsync(services);
        clock.MoveTo(Start + Seeder.DueAfter);
        var timer = Stopwatch.StartNew();
        var swept = await SweepAsync(services);
        var elapsed = timer.Elapsed;

        var warmEmpty = empty.Skip(5).Order().ToList();
        await output.WriteLineAsync($"[{database.Provider}] sweep with nothing due (20 runs after 5 warm-up runs): median {warmEmpty[warmEmpty.Count / 2]:F2} ms, max {warmEmpty[^1]:F2} ms");
        await output.WriteLineAsync($"[{database.Provider}] sweep of {swept.Claimed:N0} due stakeholders ({swept.Nudges:N0} nudges written with their attempts and outbox rows): {elapsed.TotalSeconds:F2} s (warm-up sweep: {warm.Claimed} rows)");
        await output.WriteLineAsync($"[{database.Provider}] process working set {Environment.WorkingSet / 1024 / 1024} MB, peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    }

    private static Task<SweepResult> SweepAsync(IServiceProvider services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<FollowUpSweep>().RunAsync(CancellationToken.None));
}
