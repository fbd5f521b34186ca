using Coordination.Bench;

// Usage: dotnet run -c Release --project bench/Coordination.Bench -- [sweep|outbox|all] [--provider Sqlite|Postgres|both]
//        [--stakeholders 1000000] [--due 10000] [--messages 20000]
//        dotnet run -c Release --project bench/Coordination.Bench -- slack [--duration 20] [--connections 32] [--rate 300] [--warmup 5]
//        dotnet run -c Release --project bench/Coordination.Bench -- digest [--requests 1000000]
//        dotnet run -c Release --project bench/Coordination.Bench -- teams [--provider Sqlite|Postgres|both] [--commands 60]
var verb = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
if (verb == "slack")
{
    return await SlackLoadBenchmark.RunAsync(SlackLoadOptions.Parse(args), Console.Out);
}

if (verb == "teams")
{
    var at = Array.IndexOf(args, "--commands");
    var commands = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 60;
    foreach (var provider in BenchOptions.Parse(args).Providers)
    {
        await TeamsAnswerBenchmark.RunAsync(provider, commands, Console.Out);
    }

    return 0;
}

if (verb == "digest")
{
    var at = Array.IndexOf(args, "--requests");
    return await DigestBenchmark.RunAsync(at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000, Console.Out);
}

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
        await DeliveryLatencyBenchmark.RunAsync(database, Console.Out);
    }
}

Console.WriteLine($"Peak working set of the process: {Environment.WorkingSet / 1024 / 1024} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB at peak");
Console.WriteLine($"Garbage collections: {GC.CollectionCount(0):N0} gen0, {GC.CollectionCount(1):N0} gen1, {GC.CollectionCount(2):N0} gen2; {GC.GetTotalAllocatedBytes() / 1024 / 1024:N0} MB allocated, {GC.GetTotalPauseDuration().TotalSeconds:F2} s paused");
return 0;
