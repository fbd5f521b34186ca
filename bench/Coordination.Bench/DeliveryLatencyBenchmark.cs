using System.Diagnostics;
using Coordination.Bot.Jobs;

namespace Coordination.Bench;

/// <summary>
/// How soon one message goes out while the outbox is busy: each round queues 1,000 messages in 100 other
/// conversations, then one in a conversation of its own, and times that one from its commit until the sink has it.
/// Delivery runs as it does in the bot: the background service, woken by the commit, with the poll an hour away.
/// </summary>
internal static class DeliveryLatencyBenchmark
{
    private const int Rounds = 50;
    private const int Backlog = 1_000;

    public static async Task RunAsync(BenchDatabase database, TextWriter output)
    {
        await using var sink = await LoopbackSink.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 }) { BaseAddress = sink.BaseAddress };
        var settings = new Dictionary<string, string?>
        {
            ["Outbox:BatchSize"] = "1000", ["Outbox:MaxParallelSends"] = "16", ["Outbox:Pacing"] = "false", ["Outbox:DeliveryInterval"] = "01:00:00",
        };
        await using var services = BenchServices.Build(database, TimeProvider.System, new HttpSinkChannel(http), settings);
        await BenchServices.MigrateAsync(services);
        var arrivals = new ProbeArrivals();
        sink.Posted = arrivals.Observe;
        using var delivery = ActivatorUtilities.CreateInstance<OutboxDeliveryService>(services);
        await delivery.StartAsync(CancellationToken.None);

        var latencies = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var expected = sink.Received + Backlog + 1;
            await services.InScopeAsync(sp => Seeder.SeedOutboxAsync(sp, TimeProvider.System.GetUtcNow(), Backlog, $"backlog-{round}"));
            var arrived = arrivals.Expect($"probe-{round} ");
            var watch = Stopwatch.StartNew();
            await services.InScopeAsync(sp => Seeder.SeedOutboxAsync(sp, TimeProvider.System.GetUtcNow(), 1, $"probe-{round}", "#probe"));
            await arrived.WaitAsync(TimeSpan.FromSeconds(60));
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            await WaitUntilAsync(() => sink.Received >= expected);
        }

        await delivery.StopAsync(CancellationToken.None);
        latencies.Sort();
        double Percentile(double p) => latencies[(int)Math.Ceiling(p * latencies.Count) - 1];
        await output.WriteLineAsync(
            $"[{database.Provider}] delivery latency: one message queued behind {Backlog:N0} in 100 other conversations, {Rounds} rounds: " +
            $"p50 {Percentile(0.50):F0} ms, p99 {Percentile(0.99):F0} ms, max {latencies[^1]:F0} ms from its commit to the sink");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException("The backlog was not delivered within two minutes.");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>Completes a waiter when a post whose text holds its marker reaches the sink.</summary>
    private sealed class ProbeArrivals
    {
        private readonly Lock _gate = new();
        private (string Marker, TaskCompletionSource Arrived)? _waiting;

        public Task Expect(string marker)
        {
            var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _waiting = (marker, arrived);
            }

            return arrived.Task;
        }

        public void Observe(string body)
        {
            lock (_gate)
            {
                if (_waiting is { } waiting && body.Contains(waiting.Marker, StringComparison.Ordinal))
                {
                    waiting.Arrived.TrySetResult();
                }
            }
        }
    }
}
