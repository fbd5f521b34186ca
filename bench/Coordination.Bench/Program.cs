using Coordination.Bench;

// Usage: dotnet run -c Release --project bench/Coordination.Bench -- [sweep|outbox|all] [--provider Sqlite|Postgres|both]
//        [--stakeholders 1000000] [--due 10000] [--messages 20000]
var options = BenchOptions.Parse(args);
foreach (var provider in options.Providers)
{
    await using var database = await BenchDatabase.CreateAsync(provider);
    if (options.RunSweep)
    {
        await SweepBenchmark.RunAsync(database, options, Console.Out);
    }

    if (options.RunOutbox)
    {
        await OutboxBenchmark.RunAsync(database, options, Console.Out);
    }
}

Console.WriteLine($"Peak working set of the process: {Environment.WorkingSet / 1024 / 1024} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB at peak");
