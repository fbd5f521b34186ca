using System.Diagnostics;
using Coordination.Bot.Cli;
using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Delivery;

namespace Coordination.Bench;

/// <summary>Outbox delivery throughput: queued messages posted over HTTP to a chat API sink on loopback.</summary>
internal static class OutboxBenchmark
{
    private const int WarmUpMessages = 2_000;
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 9, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(BenchDatabase database, BenchOptions options, TextWriter output)
    {
        await using var sink = await LoopbackSink.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 }) { BaseAddress = sink.BaseAddress };
        var clock = new SimulatedClock(Start);
        var settings = new Dictionary<string, string?> { ["Outbox:BatchSize"] = "1000", ["Outbox:MaxParallelSends"] = "16", ["Outbox:Pacing"] = "false" };
        await using var services = BenchServices.Build(database, clock, new HttpSinkChannel(http), settings);
        await BenchServices.MigrateAsync(services);
        // A warm-up slice first, so the measured run is of compiled code and a filled connection pool, not of start-up.
        await services.InScopeAsync(sp => Seeder.SeedOutboxAsync(sp, Start, WarmUpMessages, "warm-up"));
        await DeliverAllAsync(services);
        await services.InScopeAsync(sp => Seeder.SeedOutboxAsync(sp, Start, options.Messages, "bench"));

        var watch = Stopwatch.StartNew();
        var delivered = await DeliverAllAsync(services);
        var seconds = watch.Elapsed.TotalSeconds;
        await output.WriteLineAsync($"[{database.Provider}] outbox: {delivered:N0} messages delivered over HTTP to a loopback sink in {seconds:F2} s after a warm-up of {WarmUpMessages:N0} = {delivered / seconds:N0} messages/s (sink received {sink.Received - WarmUpMessages:N0})");
    }

    private static async Task<int> DeliverAllAsync(IServiceProvider services)
    {
        var delivered = 0;
        for (var round = await DeliverAsync(services); round > 0; round = await DeliverAsync(services))
        {
            delivered += round;
        }

        return delivered;
    }

    private static Task<int> DeliverAsync(IServiceProvider services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None));
}
