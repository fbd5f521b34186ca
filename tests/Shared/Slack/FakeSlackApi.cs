using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Coordination.Testing.Slack;

/// <summary>
/// A fake Slack Web API on loopback (a real Kestrel server on a free port). It records every call, answers with the
/// <c>Fixtures/webapi_*_ok.json</c> samples (channel echoed, a fresh increasing <c>ts</c> per post, <c>D</c>+user for
/// <c>conversations.open</c>) and fails the next call of a method on request: <see cref="FailNext"/>. For file uploads
/// <c>files.getUploadURLExternal</c> hands out an upload URL on the same server; the bytes POSTed there are kept in
/// <see cref="Uploads"/> (and the POST is a call of method <see cref="UploadMethod"/>).
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeSlackResponses _responses;
    /// <summary>The method name the POST of a file's bytes to its upload URL is recorded (and failed) under.</summary>
    public const string UploadMethod = "upload";

    private readonly List<FakeSlackCall> _calls = [];
    private readonly List<FakeSlackUpload> _uploads = [];
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeSlackFailure>> _failures = new(StringComparer.Ordinal);

    private FakeSlackApi(WebApplication app, FakeSlackResponses responses)
    {
        _app = app;
        _responses = responses;
        _app.Run(HandleAsync);
    }

    /// <summary>The base the Slack client calls relative method names on, e.g. <c>http://127.0.0.1:5123/api/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/api/");

    /// <summary>A snapshot of every call so far, in arrival order.</summary>
    public IReadOnlyList<FakeSlackCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Starts the fake; fixtures come from <paramref name="fixturesDirectory"/> (default: the output's <c>Fixtures/</c>).</summary>
    public static async Task<FakeSlackApi> StartAsync(string? fixturesDirectory = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var fake = new FakeSlackApi(builder.Build(), new FakeSlackResponses(fixturesDirectory ?? Path.Combine(AppContext.BaseDirectory, "Fixtures")));
        await fake._app.StartAsync();
        var root = fake._app.Urls.First().TrimEnd('/');
        fake.BaseAddress = new Uri(root + "/api/");
        fake._responses.UploadBase = new Uri(root + "/" + UploadMethod + "/");
        return fake;
    }

    /// <summary>A snapshot of every file's bytes POSTed to an upload URL, in arrival order.</summary>
    public IReadOnlyList<FakeSlackUpload> Uploads
    {
        get
        {
            lock (_uploads)
            {
                return [.. _uploads];
            }
        }
    }

    /// <summary>What <c>apps.connections.open</c> hands out (a <see cref="FakeSocketMode"/>'s URL); unset, it answers <c>ok:false</c>.</summary>
    public Uri? SocketModeUrl { get; set; }

    /// <summary>How long every call waits, after it is recorded, before it is answered (a slow network, a busy Slack).</summary>
    public TimeSpan Latency { get; set; }

    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => [.. Calls.Where(c => c.Method == method)];

    /// <summary>What <c>users.info</c> reports as <paramref name="userId"/>'s <c>tz</c>.</summary>
    public void SetUserTimeZone(string userId, string timeZone) => _responses.SetUserTimeZone(userId, timeZone);

    /// <summary>
    /// Makes <c>users.info</c> answer for <paramref name="userId"/> with the sample's admin flags (<c>is_admin: true</c>);
    /// everyone else is reported as an ordinary member.
    /// </summary>
    public void SetUserAdmin(string userId) => _responses.SetUserAdmin(userId);

    /// <summary>Makes <c>conversations.replies</c> for the message <paramref name="ts"/> answer with the thread <paramref name="threadTs"/> (its parent first).</summary>
    public void SetThreadOf(string ts, string threadTs) => _responses.SetThreadOf(ts, threadTs);

    /// <summary>
    /// Makes the next call of <paramref name="method"/> fail: with HTTP <paramref name="status"/> (429 uses the fixture's
    /// <c>Retry-After</c> unless <paramref name="retryAfterSeconds"/> is given), with <c>ok:false</c> and
    /// <paramref name="error"/>, with a raw <paramref name="body"/>, or only answer after <paramref name="delay"/>.
    /// </summary>
    public void FailNext(string method, int status = 200, string? error = null, int? retryAfterSeconds = null, string? body = null, TimeSpan? delay = null)
    {
        if (status == 200 && error is null && body is null && delay is null)
        {
            throw new ArgumentException("Name a failure: a status other than 200, an error, a body or a delay.", nameof(status));
        }

        _failures.GetOrAdd(method, _ => new()).Enqueue(new FakeSlackFailure(status, error, retryAfterSeconds, body, delay));
    }

    /// <summary>Waits (really, polling) until a call matching <paramref name="predicate"/> has arrived.</summary>
    public Task<FakeSlackCall> WaitForCallAsync(Func<FakeSlackCall, bool> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Waits.UntilAsync(
            () => Calls.FirstOrDefault(predicate),
            timeout ?? TimeSpan.FromSeconds(10),
            () => $"No matching Slack call; saw: {string.Join(", ", Calls.Select(c => c.Method))}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var segments = request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var isUpload = segments is [UploadMethod, _];
        var method = isUpload ? UploadMethod : segments.LastOrDefault() ?? string.Empty;
        var body = isUpload ? await RecordUploadAsync(request, segments[1]) : await FakeSlackCall.ReadBodyAsync(request);
        var authorization = request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null;
        lock (_calls)
        {
            _calls.Add(new FakeSlackCall(method, authorization, request.ContentType, body));
        }

        if (Latency > TimeSpan.Zero && !await Waits.DelayUnlessAbortedAsync(Latency, context.RequestAborted))
        {
            return;
        }

        var failure = _failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var next) ? next : null;
        if (failure?.Delay is { } delay && !await Waits.DelayUnlessAbortedAsync(delay, context.RequestAborted))
        {
            return;
        }

        var answer = failure is { IsDelayOnly: false } ? _responses.Failure(failure)
            : method == "apps.connections.open" ? FakeSlackResponses.SocketUrl(SocketModeUrl, Calls.Count)
            : _responses.Answer(method, body);
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        if (answer.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync(answer.Body);
    }

    /// <summary>Keeps the raw bytes POSTed to the upload URL of <paramref name="fileId"/>; the call's body names the file and the length.</summary>
    private async Task<JsonObject> RecordUploadAsync(HttpRequest request, string fileId)
    {
        using var bytes = new MemoryStream();
        await request.Body.CopyToAsync(bytes);
        var upload = new FakeSlackUpload(fileId, request.ContentType, bytes.ToArray());
        lock (_uploads)
        {
            _uploads.Add(upload);
        }

        return new JsonObject { ["file_id"] = fileId, ["length"] = upload.Content.Length };
    }

}
