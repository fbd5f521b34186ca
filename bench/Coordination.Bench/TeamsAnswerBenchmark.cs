using System.Diagnostics;
using System.Text.Json.Nodes;
using Coordination.Testing.Teams;

namespace Coordination.Bench;

/// <summary>
/// How long a Teams user waits for the bot's answer: the real bot process, a Bot Connector and token service on
/// loopback, and one command at a time in a channel, each timed from the moment its activity is posted until the
/// answer (always sent through the outbox on Teams) reaches the connector. Asks alternate with <c>list</c>, a second
/// apart: about 1.5 messages a second into the channel, within Teams' limits, so pacing (on, as in production) holds
/// nothing back and the figure is the bot's own.
/// </summary>
internal static class TeamsAnswerBenchmark
{
    private const string Ann = "29:ann";
    private const string Bob = "29:bob";
    private const int WarmUp = 10;
    private const double TargetMs = 1_000;
    private static readonly TimeSpan Gap = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(string provider, int commands, TextWriter output)
    {
        await using var database = await BenchDatabase.CreateAsync(provider);
        await using var keys = await FakeBotFrameworkKeys.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider,
            ["ConnectionStrings__Coordination"] = database.ConnectionString,
            ["Teams__AppId"] = TeamsActivities.AppId,
            ["Teams__AppPassword"] = "bench-client-secret",
            ["Teams__TenantId"] = TeamsActivities.Tenant,
            ["Teams__OpenIdMetadataUrl"] = keys.MetadataUrl.ToString(),
            ["Teams__TokenEndpoint"] = connector.TokenEndpoint.ToString(),
        };
        await using var bot = await BotProcess.StartAsync(settings, output, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        var activities = new TeamsActivities(keys, connector.ServiceUrl, TimeProvider.System);

        var latencies = new List<double>();
        for (var i = 0; i < WarmUp + commands; i++)
        {
            var command = i % 2 == 0
                ? activities.Command(Ann, $"ask <at>bob</at> bench item {i}", people: [(Bob, "bob")])
                : activities.Command(Ann, "list");
            var answered = await AnswerLatencyAsync(http, connector, activities, command);
            if (i >= WarmUp)
            {
                latencies.Add(answered);
            }

            await Task.Delay(Gap);
        }

        latencies.Sort();
        double Percentile(double p) => latencies[(int)Math.Ceiling(p * latencies.Count) - 1];
        var p99 = Percentile(0.99);
        await output.WriteLineAsync(
            $"[{provider}] Teams answers: {latencies.Count} commands (ask and list, one every {Gap.TotalSeconds:F0} s after the last answer, pacing on), from posting the activity " +
            $"to the answer at the connector: p50 {Percentile(0.50):F0} ms, p99 {p99:F0} ms, max {latencies[^1]:F0} ms " +
            $"(target p99 <= {TargetMs:F0} ms: {(p99 <= TargetMs ? "met" : "NOT met")})");
        return 0;
    }

    /// <summary>Posts the command and waits for the first activity the bot sends into its thread; returns the milliseconds between.</summary>
    private static async Task<double> AnswerLatencyAsync(HttpClient http, FakeBotConnector connector, TeamsActivities activities, JsonObject command)
    {
        var thread = $"{TeamsActivities.Channel};messageid={command["id"]!.GetValue<string>()}";
        var started = Stopwatch.GetTimestamp();
        using (var response = await http.SendAsync(activities.Post(command)))
        {
            response.EnsureSuccessStatusCode();
        }

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (connector.CallsOf(FakeConnectorCallKind.SendActivity).FirstOrDefault(c => c.ConversationId == thread) is { } answer)
            {
                return Stopwatch.GetElapsedTime(started, answer.ArrivedAt).TotalMilliseconds;
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"No answer into {thread} within 30 s.");
            }

            await Task.Delay(1);
        }
    }
}
