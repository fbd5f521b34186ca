using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Coordination.Testing.Slack;

/// <summary>A failure queued for one method by <see cref="FakeSlackApi.FailNext"/>.</summary>
internal sealed record FakeSlackFailure(int Status, string? Error, int? RetryAfterSeconds, string? Body, TimeSpan? Delay)
{
    public bool IsDelayOnly => Status == 200 && Error is null && Body is null;
}

/// <summary>An HTTP answer of the fake.</summary>
internal sealed record FakeSlackAnswer(int Status, string Body, string ContentType, int? RetryAfterSeconds = null);

/// <summary>Builds the fake's answers from the fixture samples (or a bare <c>{"ok":true}</c> when a sample is missing).</summary>
internal sealed class FakeSlackResponses(string fixturesDirectory)
{
    private const string Json = "application/json; charset=utf-8";
    private readonly ConcurrentDictionary<string, string> _timeZones = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _admins = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _threads = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>Where the upload URLs <c>files.getUploadURLExternal</c> hands out live: the fake's own <c>/upload/</c>.</summary>
    public Uri UploadBase { get; set; } = new("http://127.0.0.1/upload/");

    public void SetUserTimeZone(string userId, string timeZone) => _timeZones[userId] = timeZone;

    public void SetUserAdmin(string userId) => _admins[userId] = true;

    public void SetThreadOf(string ts, string threadTs) => _threads[ts] = threadTs;

    /// <summary>The <c>apps.connections.open</c> answer: <paramref name="url"/> with a fresh ticket, or <c>ok:false</c> without one.</summary>
    public static FakeSlackAnswer SocketUrl(Uri? url, int ticket) => url is null
        ? new FakeSlackAnswer(200, """{"ok":false,"error":"not_allowed_token_type"}""", Json)
        : new FakeSlackAnswer(200, new JsonObject { ["ok"] = true, ["url"] = $"{url}?ticket={ticket}" }.ToJsonString(), Json);

    public FakeSlackAnswer Answer(string method, JsonObject request)
    {
        var response = Fixture(method);
        switch (method)
        {
            case "chat.postMessage":
                var ts = NextTs();
                response["channel"] = Field(request, "channel");
                response["ts"] = ts;
                response["message"] = new JsonObject { ["type"] = "message", ["text"] = Field(request, "text"), ["ts"] = ts, ["thread_ts"] = Field(request, "thread_ts") };
                break;
            case "chat.postEphemeral":
                response["message_ts"] = NextTs();
                break;
            case "chat.update":
                response["channel"] = Field(request, "channel");
                response["ts"] = Field(request, "ts");
                response["text"] = Field(request, "text");
                break;
            case "conversations.open":
                response["channel"] = new JsonObject { ["id"] = "D" + Field(request, "users")?.Split(',')[0] };
                break;
            case "conversations.replies" when Field(request, "ts") is { } asked && _threads.TryGetValue(asked, out var root)
                && response["messages"] is JsonArray { Count: > 0 } messages && messages[0] is JsonObject parent:
                parent["ts"] = root;
                parent["thread_ts"] = root;
                break;
            case "users.info":
                AnswerUser(response, Field(request, "user") ?? "U0");
                break;
            case "files.getUploadURLExternal":
                var fileId = "F" + NextTs().Replace(".", string.Empty, StringComparison.Ordinal);
                response["file_id"] = fileId;
                response["upload_url"] = new Uri(UploadBase, fileId).ToString();
                break;
            case "files.completeUploadExternal":
                response["files"] = request["files"]?.DeepClone() ?? new JsonArray();
                break;
            case FakeSlackApi.UploadMethod:
                return new FakeSlackAnswer(200, $"OK - {request["length"]}", "text/plain; charset=utf-8");
            case "views.open":
                response["view"] = (request["view"]?.DeepClone() as JsonObject ?? []);
                response["view"]!["id"] = "V" + NextTs().Replace(".", string.Empty, StringComparison.Ordinal);
                break;
        }

        return new FakeSlackAnswer(200, response.ToJsonString(), Json);
    }

    public FakeSlackAnswer Failure(FakeSlackFailure failure)
    {
        if (failure.Body is { } body)
        {
            return new FakeSlackAnswer(failure.Status, body, body.TrimStart().StartsWith('{') ? Json : "text/html; charset=utf-8", failure.RetryAfterSeconds);
        }

        if (failure.Error is { } error)
        {
            var answer = new JsonObject { ["ok"] = false, ["error"] = error };
            return new FakeSlackAnswer(failure.Status, answer.ToJsonString(), Json, failure.RetryAfterSeconds);
        }

        if (failure.Status == 429)
        {
            var (retryAfter, limited) = RateLimitedSample();
            return new FakeSlackAnswer(429, limited, Json, failure.RetryAfterSeconds ?? retryAfter);
        }

        return new FakeSlackAnswer(failure.Status, "<html><body><h1>Server Error</h1></body></html>", "text/html; charset=utf-8", failure.RetryAfterSeconds);
    }

    private void AnswerUser(JsonObject response, string userId)
    {
        if (response["user"] is not JsonObject user)
        {
            response["user"] = user = new JsonObject { ["name"] = userId, ["is_bot"] = false, ["deleted"] = false };
        }

        user["id"] = userId;
        if (_timeZones.TryGetValue(userId, out var timeZone))
        {
            user["tz"] = timeZone;
        }

        if (!_admins.ContainsKey(userId))
        {
            // The sample is a workspace admin's profile: everyone not marked as one is an ordinary member.
            user["is_admin"] = false;
            user["is_owner"] = false;
            user["is_primary_owner"] = false;
        }
    }

    private JsonObject Fixture(string method)
    {
        var path = Path.Combine(fixturesDirectory, $"webapi_{method.Replace('.', '_')}_ok.json");
        return File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject sample ? sample : new JsonObject { ["ok"] = true };
    }

    /// <summary>The <c>Retry-After</c> seconds and the body of the assembled 429 sample.</summary>
    private (int RetryAfter, string Body) RateLimitedSample()
    {
        var path = Path.Combine(fixturesDirectory, "webapi_rate_limited_429.txt");
        var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
        var header = lines.FirstOrDefault(l => l.StartsWith("Retry-After:", StringComparison.OrdinalIgnoreCase));
        var seconds = header is null ? 30 : int.Parse(header["Retry-After:".Length..].Trim(), CultureInfo.InvariantCulture);
        var blank = Array.FindIndex(lines, string.IsNullOrWhiteSpace);
        var body = blank < 0 ? """{"ok":false,"error":"ratelimited"}""" : string.Join('\n', lines[(blank + 1)..]).Trim();
        return (seconds, body);
    }

    private string NextTs()
    {
        var n = Interlocked.Increment(ref _sequence);
        return string.Create(CultureInfo.InvariantCulture, $"{1_700_000_000 + n}.{n:D6}");
    }

    private static string? Field(JsonObject request, string name) =>
        request[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
