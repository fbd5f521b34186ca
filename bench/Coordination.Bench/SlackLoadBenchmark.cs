using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Coordination.Bench;

/// <summary>The <c>slack</c> mode's options: <c>--duration 20 --connections 32 --rate 300 --warmup 5</c>.</summary>
internal sealed record SlackLoadOptions(int DurationSeconds, int Connections, int Rate, int WarmUpSeconds)
{
    public static SlackLoadOptions Parse(string[] args)
    {
        int Number(string name, int fallback)
        {
            var index = Array.IndexOf(args, "--" + name);
            var value = index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
            return value > 0 || (name == "warmup" && value == 0) ? value : throw new ArgumentException($"--{name} must be positive.");
        }

        return new SlackLoadOptions(Number("duration", 20), Number("connections", 32), Number("rate", 300), Number("warmup", 5));
    }
}

/// <summary>
/// <c>/coord ask</c> over HTTP against the real bot process: signed slash commands to <c>POST /slack/commands</c>,
/// with PostgreSQL and a Slack Web API stand-in on loopback. A closed loop (N workers back to back) measures
/// throughput; an open loop (a steady rate, latency counted from each request's scheduled start) measures latency.
/// </summary>
internal static class SlackLoadBenchmark
{
    private const double ClosedLoopTarget = 1_500;
    private const double OpenLoopP99TargetMs = 100;

    public static async Task<int> RunAsync(SlackLoadOptions options, TextWriter output)
    {
        using var cancel = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = !cancel.IsCancellationRequested; // a second Ctrl+C or SIGTERM ends the process at once
            cancel.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        try
        {
            await RunAsync(options, output, cancel.Token);
            return 0;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await output.WriteLineAsync("cancelled; the bot and PostgreSQL were stopped");
            return 130;
        }
    }

    private static async Task RunAsync(SlackLoadOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        await using var database = await BenchDatabase.CreateAsync("Postgres");
        await using var sink = await SlackApiSink.StartAsync();
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Coordination"] = database.ConnectionString,
            ["Slack__SigningSecret"] = secret,
            ["Slack__BotToken"] = "xoxb-bench",
            ["Slack__ApiBaseUrl"] = sink.ApiBaseAddress.ToString(),
            ["Outbox__Pacing"] = "false",
        };
        await using var bot = await BotProcess.StartAsync(settings, output, cancellationToken);
        using var client = new SlackLoadClient(bot.BaseAddress, secret, options.Connections);

        if (options.WarmUpSeconds > 0)
        {
            var warm = await ClosedLoopAsync(client, "warm-up", options.Connections, TimeSpan.FromSeconds(options.WarmUpSeconds), cancellationToken);
            await output.WriteLineAsync($"warm-up: {warm.Sent:N0} requests in {warm.Elapsed.TotalSeconds:F1} s, {warm.Succeeded:N0} succeeded; errors: {warm.ErrorSummary}");
        }

        var closed = await ClosedLoopAsync(
            client, $"closed loop, {options.Connections} connections, {options.DurationSeconds} s", options.Connections, TimeSpan.FromSeconds(options.DurationSeconds), cancellationToken);
        await Report(closed, output);
        await SettleAsync(sink, output, cancellationToken);

        // Enough connections that a slow moment queues requests in the client (counted in their latency) rather
        // than holding back the schedule.
        using var openClient = new SlackLoadClient(bot.BaseAddress, secret, Math.Max(options.Connections, 256));
        var open = await OpenLoopAsync(openClient, $"open loop at {options.Rate:N0} requests/s, {options.DurationSeconds} s", options.Rate, TimeSpan.FromSeconds(options.DurationSeconds), cancellationToken);
        await Report(open, output);

        var calls = sink.CallsByMethod;
        await output.WriteLineAsync($"Slack Web API stand-in received {sink.TotalCalls:N0} calls: {(calls.Count == 0 ? "none" : string.Join(", ", calls.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value:N0}")))}");
        await output.WriteLineAsync($"bot {bot.ExitDescription()}, {bot.OutputLines:N0} lines of output (warnings and errors only) in {bot.LogFile}");
        if (bot.HasExited)
        {
            await output.WriteLineAsync(bot.Tail());
        }

        await output.WriteLineAsync();
        await WriteTableAsync(closed, open, options, output);
    }

    /// <summary><paramref name="workers"/> senders, each sending its next request as soon as the previous answered.</summary>
    private static async Task<SlackLoadResult> ClosedLoopAsync(SlackLoadClient client, string name, int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var recorder = new SlackLoadRecorder();
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(
            async () =>
            {
                while (Stopwatch.GetTimestamp() < end)
                {
                    var sent = Stopwatch.GetTimestamp();
                    var outcome = await client.SendAsync(cancellationToken);
                    recorder.Add(outcome, Stopwatch.GetTimestamp() - sent);
                }
            },
            cancellationToken));
        await Task.WhenAll(tasks);
        return recorder.Result(name, Stopwatch.GetElapsedTime(start));
    }

    /// <summary>
    /// Request i starts at i / rate seconds whatever happened to the others; its latency runs from that scheduled start,
    /// so time spent queueing (in the client or the bot) counts.
    /// </summary>
    private static async Task<SlackLoadResult> OpenLoopAsync(SlackLoadClient client, string name, int rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var recorder = new SlackLoadRecorder();
        var total = (int)(rate * duration.TotalSeconds);
        var tasks = new List<Task>(total);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            tasks.Add(Task.Run(
                async () =>
                {
                    var outcome = await client.SendAsync(cancellationToken);
                    recorder.Add(outcome, Stopwatch.GetTimestamp() - due);
                },
                cancellationToken));
        }

        await Task.WhenAll(tasks);
        return recorder.Result(name, Stopwatch.GetElapsedTime(start));
    }

    /// <summary>Waits (up to two minutes) until the bot has posted what the closed loop queued, so the open loop starts quiet.</summary>
    private static async Task SettleAsync(SlackApiSink sink, TextWriter output, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var last = sink.TotalCalls;
        var quietSince = watch.Elapsed;
        while (watch.Elapsed - quietSince < TimeSpan.FromSeconds(2) && watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(250, cancellationToken);
            var now = sink.TotalCalls;
            if (now != last)
            {
                last = now;
                quietSince = watch.Elapsed;
            }
        }

        await output.WriteLineAsync($"settled: the bot's posts stopped {quietSince.TotalSeconds:F1} s after the closed loop ({last:N0} Web API calls so far)");
    }

    private static async Task Report(SlackLoadResult result, TextWriter output)
    {
        var over = result.LatenciesOfFailures ? " (no request succeeded: latencies of the failed answers)" : string.Empty;
        await output.WriteLineAsync(
            $"{result.Name}: {result.Sent:N0} requests in {result.Elapsed.TotalSeconds:F1} s, {result.Succeeded:N0} succeeded = {result.SucceededPerSecond:N0} requests/s " +
            $"(sent {result.SentPerSecond:N0}/s); latency p50 {Ms(result.PercentileMs(50))}, p95 {Ms(result.PercentileMs(95))}, p99 {Ms(result.PercentileMs(99))}, max {Ms(result.MaxMs)}{over}; errors: {result.ErrorSummary}");
        foreach (var (error, sample) in result.ErrorSamples)
        {
            await output.WriteLineAsync($"  first answer with {error}: {sample}");
        }
    }

    private static async Task WriteTableAsync(SlackLoadResult closed, SlackLoadResult open, SlackLoadOptions options, TextWriter output)
    {
        var closedMet = closed.Failed == 0 && closed.SucceededPerSecond >= ClosedLoopTarget;
        var openMet = open.Failed == 0 && open.PercentileMs(99) <= OpenLoopP99TargetMs;
        await output.WriteLineAsync($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, PostgreSQL (throwaway cluster), bot and load generator on the same machine");
        await output.WriteLineAsync();
        await output.WriteLineAsync("| measurement | succeeded / sent | requests/s | p50 | p95 | p99 | max | errors | target | met |");
        await output.WriteLineAsync("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        await output.WriteLineAsync(Row(closed, $"≥ {ClosedLoopTarget:N0} requests/s", closedMet));
        await output.WriteLineAsync(Row(open, $"p99 ≤ {OpenLoopP99TargetMs:N0} ms at {options.Rate:N0} requests/s", openMet));
    }

    private static string Row(SlackLoadResult r, string target, bool met) =>
        $"| {r.Name} | {r.Succeeded:N0} / {r.Sent:N0} | {r.SucceededPerSecond:N0} | {Ms(r.PercentileMs(50))} | {Ms(r.PercentileMs(95))} | {Ms(r.PercentileMs(99))} | {Ms(r.MaxMs)} | " +
        $"{(r.Failed == 0 ? "0" : r.ErrorSummary)} | {target} | {(met ? "yes" : "**no**")} |";

    private static string Ms(double value) => double.IsNaN(value) ? "–" : value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture) + " ms";
}
