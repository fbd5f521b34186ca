using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Coordination.Bench;

/// <summary>
/// A stand-in for Slack's Web API on 127.0.0.1: every <c>/api/{method}</c> call succeeds with an increasing <c>ts</c>.
/// <c>auth.test</c>, <c>users.info</c> and <c>conversations.open</c> get the shape Slack gives them; calls are counted
/// per method.
/// </summary>
internal sealed class SlackApiSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private long _sequence;

    private SlackApiSink(WebApplication app) => _app = app;

    /// <summary>The value for <c>Slack:ApiBaseUrl</c>: <c>http://127.0.0.1:port/api/</c>.</summary>
    public Uri ApiBaseAddress => new(new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/api/");

    public long TotalCalls => _calls.Values.Sum();

    public IReadOnlyDictionary<string, long> CallsByMethod => _calls.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public static async Task<SlackApiSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IHostLifetime, NoSignalsLifetime>();
        var app = builder.Build();
        var sink = new SlackApiSink(app);
        app.MapMethods("/api/{method}", ["GET", "POST"], sink.AnswerAsync);
        await app.StartAsync();
        return sink;
    }

    private async Task<IResult> AnswerAsync(string method, HttpRequest request)
    {
        var user = await ReadUserAsync(request);
        _calls.AddOrUpdate(method, 1, (_, count) => count + 1);
        var n = Interlocked.Increment(ref _sequence);
        var ts = string.Create(CultureInfo.InvariantCulture, $"{1_700_000_000 + (n / 1_000_000)}.{n % 1_000_000:D6}");
        object body = method switch
        {
            "auth.test" => new
            {
                ok = true, url = "https://bench.slack.com/", team = "Bench", team_id = "T0BENCH", user = "coordination", user_id = "U0BOT", bot_id = "B0BOT",
            },
            "users.info" => new
            {
                ok = true,
                user = new
                {
                    id = user ?? "U0UNKNOWN", name = user?.ToLowerInvariant(), real_name = $"Bench {user}", tz = "Europe/London", is_bot = false, deleted = false,
                    profile = new { display_name = $"Bench {user}", real_name = $"Bench {user}" },
                },
            },
            "conversations.open" => new { ok = true, channel = new { id = "D0BENCH" } },
            _ => new { ok = true, ts, channel = "C1", message_ts = ts },
        };
        return Results.Json(body);
    }

    /// <summary>The <c>user</c> argument, from the query, a form or a JSON body; reads (and so drains) the body.</summary>
    private static async Task<string?> ReadUserAsync(HttpRequest request)
    {
        if (request.Query.TryGetValue("user", out var fromQuery))
        {
            await request.Body.CopyToAsync(Stream.Null);
            return fromQuery.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return form.TryGetValue("user", out var fromForm) ? fromForm.ToString() : null;
        }

        if (request.HasJsonContentType())
        {
            try
            {
                using var json = await JsonDocument.ParseAsync(request.Body);
                return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("user", out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        await request.Body.CopyToAsync(Stream.Null);
        return null;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Leaves Ctrl+C and SIGTERM to the benchmark (the default console lifetime would swallow them).</summary>
    private sealed class NoSignalsLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
