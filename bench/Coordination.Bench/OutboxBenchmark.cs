using System.Diagnostics;
using Coordination.Bot.Cli;
using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Delivery;

namespace Coordination.Bench;

/// <summary>Outbox delivery throughput: queued messages posted over HTTP to a chat API sink on loopback.</summary>
internal static class OutboxBenchmark
{
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 9, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(BenchDatabase database, BenchOptions options, TextWriter output)
    {
        await using var sink = await LoopbackSink.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 }) { BaseAddress = sink.BaseAddress };
        var clock = new SimulatedClock(Start);
        var settings = new Dictionary<string, string?> { ["Outbox:BatchSize"] = "1000", ["Outbox:MaxParallelSends"] = "16", ["Outbox:Pacing"] = "false" };
        await using var services = BenchServices.Build(database, clock, new HttpSinkChannel(http), settings);
        await BenchServices.MigrateAsync(services);
        await services.InScopeAsync(sp => Seeder.SeedOutboxAsync(sp, Start, options.Messages));

        var watch = Stopwatch.StartNew();
        var delivered = 0;
        for (var round = await DeliverAsync(services); round > 0; round = await DeliverAsync(services))
        {
            delivered += round;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        await output.WriteLineAsync($"[{database.Provider}] outbox: {delivered:N0} messages delivered over HTTP to a loopback sink in {seconds:F2} s = {delivered / seconds:N0} messages/s (sink received {sink.Received:N0})");
    }

    private static Task<int> DeliverAsync(IServiceProvider services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None));
}
