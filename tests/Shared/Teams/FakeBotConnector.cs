using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Coordination.Testing.Teams;

/// <summary>What a call to the <see cref="FakeBotConnector"/> was.</summary>
public enum FakeConnectorCallKind
{
    /// <summary><c>POST /token</c>: the client-credentials token request.</summary>
    Token = 0,

    /// <summary><c>POST …/v3/conversations</c>.</summary>
    CreateConversation = 1,

    /// <summary><c>POST …/v3/conversations/{id}/activities</c> (or <c>…/activities/{replyToId}</c>).</summary>
    SendActivity = 2,

    /// <summary><c>PUT …/v3/conversations/{id}/activities/{activityId}</c>.</summary>
    UpdateActivity = 3,

    /// <summary><c>DELETE …/v3/conversations/{id}/activities/{activityId}</c>.</summary>
    DeleteActivity = 4,

    /// <summary><c>GET …/v3/conversations/{id}/members/{userId}</c>.</summary>
    GetMember = 5,

    /// <summary>Anything else (answered 404).</summary>
    Other = 6,

    /// <summary>
    /// <c>PUT …/upload/{name}</c>: an accepted file's bytes put to the upload address a file consent answer names (see
    /// <see cref="FakeBotConnector.UploadUrl"/>); the body's text is in <c>_raw</c>, its <c>Content-Range</c> in <c>contentRange</c>.
    /// </summary>
    UploadFile = 7,
}

/// <summary>
/// One call the fake received: its kind, HTTP method, decoded path and raw (still escaped) path, the decoded
/// conversation and activity (or member) ids from the path, the JSON (or form) body, and the Authorization header.
/// </summary>
public sealed record FakeConnectorCall(
    FakeConnectorCallKind Kind,
    string Method,
    string Path,
    string RawPath,
    string? ConversationId,
    string? ActivityId,
    JsonObject Body,
    string? Authorization)
{
    /// <summary>A top-level body field as text (strings as they are, anything else as JSON).</summary>
    public string? this[string field] =>
        Body[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : Body[field]?.ToJsonString();

    /// <summary>The bearer token the call carried, if any.</summary>
    public string? BearerToken =>
        Authorization is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;

    /// <summary>When it arrived, as a <see cref="System.Diagnostics.Stopwatch"/> timestamp (for measuring how long an answer took).</summary>
    public long ArrivedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>The Adaptive Card of an activity body, if it carries one.</summary>
    public JsonObject? Card => Body["attachments"]?[0]?["content"] as JsonObject;
}

/// <summary>
/// A fake Bot Framework endpoint on loopback (a real Kestrel server on a free port): the identity platform's token endpoint
/// (<see cref="TokenEndpoint"/>, answering the client-credentials shape with <see cref="TokenExpiresInSeconds"/>) and the
/// Bot Connector under any serviceUrl path on it (<see cref="ServiceUrl"/> is one). It records every call, answers sends
/// with fresh increasing ids, 1:1 creates with <see cref="DirectConversationId"/> of the member, updates with the updated
/// id, requires a token it issued (else 401, like the connector), and fails the next call of a kind on request
/// (<see cref="FailNext"/>, <see cref="DelayNext"/>). Every connector answer carries an <c>X-Correlating-OperationId</c>.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    public const string OperationIdHeader = "X-Correlating-OperationId";
    private const string Json = "application/json; charset=utf-8";

    private readonly WebApplication _app;
    private readonly List<FakeConnectorCall> _calls = [];
    private readonly ConcurrentDictionary<FakeConnectorCallKind, ConcurrentQueue<Failure>> _failures = new();
    private readonly ConcurrentDictionary<string, bool> _issuedTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _issuedInOrder = new();
    private readonly ConcurrentDictionary<string, JsonObject> _members = new(StringComparer.Ordinal);
    private long _activitySequence;
    private long _tokenSequence;
    private long _operationSequence;

    private FakeBotConnector(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A serviceUrl as Teams gives one (with a region path segment): <c>{BaseAddress}amer/</c>. Any other path prefix works too.</summary>
    public Uri ServiceUrl => new(BaseAddress, "amer/");

    /// <summary>A loopback upload address on the fake, standing in for the OneDrive upload session a file consent accept names.</summary>
    public Uri UploadUrl(string name) => new(BaseAddress, "upload/" + Uri.EscapeDataString(name));

    /// <summary>The token endpoint, for <c>TeamsOptions.TokenEndpoint</c>: <c>{BaseAddress}token</c>.</summary>
    public Uri TokenEndpoint => new(BaseAddress, "token");

    /// <summary>The <c>expires_in</c> the token endpoint answers with (3600 by default, as the identity platform does).</summary>
    public int TokenExpiresInSeconds { get; set; } = 3600;

    /// <summary>Whether connector calls must carry a token this fake issued and did not revoke (default); else they are answered 401.</summary>
    public bool RequireIssuedToken { get; set; } = true;

    /// <summary>How many token requests arrived.</summary>
    public int TokenRequests => CallsOf(FakeConnectorCallKind.Token).Count;

    /// <summary>The access tokens issued so far, oldest first.</summary>
    public IReadOnlyList<string> IssuedTokens => [.. _issuedInOrder];

    /// <summary>A snapshot of every call so far, in arrival order.</summary>
    public IReadOnlyList<FakeConnectorCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var fake = new FakeBotConnector(builder.Build());
        await fake._app.StartAsync();
        fake.BaseAddress = new Uri(fake._app.Urls.First().TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The stable id of the 1:1 conversation the fake creates with <paramref name="memberId"/>: <c>a:</c> and a hash of the id.</summary>
    public static string DirectConversationId(string memberId)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        return "a:1" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(memberId)))[..40];
    }

    public IReadOnlyList<FakeConnectorCall> CallsOf(FakeConnectorCallKind kind) => [.. Calls.Where(c => c.Kind == kind)];

    /// <summary>Forgets the calls recorded so far (tokens, members and queued failures stay).</summary>
    public void ClearCalls()
    {
        lock (_calls)
        {
            _calls.Clear();
        }
    }

    /// <summary>Makes every token issued so far invalid: the next connector call carrying one is answered 401.</summary>
    public void RevokeIssuedTokens()
    {
        foreach (var token in _issuedTokens.Keys)
        {
            _issuedTokens[token] = false;
        }
    }

    /// <summary>What <c>GET …/members/{userId}</c> answers for <paramref name="userId"/> (a TeamsChannelAccount); others get 404.</summary>
    public void SetMember(string userId, JsonObject member)
    {
        ArgumentNullException.ThrowIfNull(member);
        member["id"] ??= userId;
        _members[userId] = member;
    }

    /// <summary>
    /// Makes the next call of <paramref name="kind"/> fail with HTTP <paramref name="status"/> and <paramref name="body"/>
    /// (by default a body of the connector's shape for that status: <c>BotNotInConversationRoster</c> for 403,
    /// <c>ConversationNotFound</c> for 404, <c>Throttled</c> for 429, the gateway's <c>{"message"}</c> for 401…), with a
    /// raw <c>Retry-After</c> header value (<c>"30"</c> or an HTTP date), after an optional <paramref name="delay"/>.
    /// Queued failures are used in order.
    /// </summary>
    public void FailNext(FakeConnectorCallKind kind, int status, string? body = null, string? retryAfter = null, TimeSpan? delay = null)
    {
        if (status is >= 200 and < 300)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Name a failing status; use DelayNext for a slow success.");
        }

        _failures.GetOrAdd(kind, _ => new()).Enqueue(new Failure(status, body ?? DefaultErrorBody(status), retryAfter, delay));
    }

    /// <summary>Makes the next call of <paramref name="kind"/> answer as usual, but only after <paramref name="delay"/>.</summary>
    public void DelayNext(FakeConnectorCallKind kind, TimeSpan delay) =>
        _failures.GetOrAdd(kind, _ => new()).Enqueue(new Failure(null, null, null, delay));

    /// <summary>Holds the next call of <paramref name="kind"/>'s usual answer until the test releases it.</summary>
    public ResponseHold HoldNext(FakeConnectorCallKind kind)
    {
        var hold = new ResponseHold();
        _failures.GetOrAdd(kind, _ => new()).Enqueue(new Failure(null, null, null, null, hold));
        return hold;
    }

    /// <summary>Waits (really, polling) until a call matching <paramref name="predicate"/> has arrived.</summary>
    public Task<FakeConnectorCall> WaitForCallAsync(Func<FakeConnectorCall, bool> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Waits.UntilAsync(
            () => Calls.FirstOrDefault(predicate),
            timeout ?? TimeSpan.FromSeconds(10),
            () => $"No matching connector call; saw: {string.Join(", ", Calls.Select(c => $"{c.Method} {c.Path}"))}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The connector's error body for <paramref name="status"/>, as Teams sends it.</summary>
    public static string DefaultErrorBody(int status) => status switch
    {
        400 => ErrorBody("BadSyntax", "Bad request."),
        401 => """{"message":"Authorization has been denied for this request."}""",
        403 => ErrorBody("BotNotInConversationRoster", "The bot is not part of the conversation roster."),
        404 => ErrorBody("ConversationNotFound", "Conversation not found."),
        412 => ErrorBody("PreconditionFailed", "Another operation on this conversation is in progress."),
        413 => ErrorBody("MessageSizeTooBig", "Message size too big."),
        429 => ErrorBody("Throttled", "Too many requests."),
        _ => ErrorBody("ServiceError", "The service failed."),
    };

    private static string ErrorBody(string code, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var rawPath = rawTarget.Split('?')[0];
        var (kind, conversationId, secondId) = Route(request.Method, rawPath);
        var body = await ReadBodyAsync(request);
        if (kind == FakeConnectorCallKind.UploadFile)
        {
            body["contentRange"] = request.Headers.ContentRange.ToString();
        }
        var authorization = request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null;

        var failure = _failures.TryGetValue(kind, out var queue) && queue.TryDequeue(out var next) ? next : null;
        string? issued = null;
        if (kind == FakeConnectorCallKind.Token && failure?.Status is null)
        {
            issued = string.Create(CultureInfo.InvariantCulture, $"fake-bot-token-{Interlocked.Increment(ref _tokenSequence)}");
            _issuedTokens[issued] = true;
            _issuedInOrder.Enqueue(issued);
        }

        lock (_calls)
        {
            _calls.Add(new FakeConnectorCall(kind, request.Method, Uri.UnescapeDataString(rawPath), rawPath, conversationId, secondId, body, authorization));
        }

        if (failure?.Delay is { } delay && !await Waits.DelayUnlessAbortedAsync(delay, context.RequestAborted))
        {
            return;
        }

        if (failure?.Hold is { } hold && !await hold.WaitAsync(context.RequestAborted))
        {
            return;
        }

        if (kind != FakeConnectorCallKind.Token)
        {
            context.Response.Headers[OperationIdHeader] = string.Create(
                CultureInfo.InvariantCulture, $"fake-op-{Interlocked.Increment(ref _operationSequence)}");
        }

        if (failure?.Status is { } status)
        {
            if (failure.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            await WriteAsync(context, status, failure.Body);
            return;
        }

        if (kind is not (FakeConnectorCallKind.Token or FakeConnectorCallKind.UploadFile) && RequireIssuedToken && !IsValid(authorization))
        {
            await WriteAsync(context, 401, DefaultErrorBody(401));
            return;
        }

        var (answerStatus, answer) = Answer(kind, conversationId, secondId, body, issued);
        await WriteAsync(context, answerStatus, answer);
    }

    private (int Status, string? Body) Answer(FakeConnectorCallKind kind, string? conversationId, string? secondId, JsonObject body, string? issuedToken) => kind switch
    {
        FakeConnectorCallKind.Token => (200, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = TokenExpiresInSeconds,
            ["ext_expires_in"] = TokenExpiresInSeconds,
            ["access_token"] = issuedToken,
        }.ToJsonString()),
        FakeConnectorCallKind.CreateConversation => CreateConversation(body),
        FakeConnectorCallKind.SendActivity => (201, new JsonObject { ["id"] = NextActivityId() }.ToJsonString()),
        FakeConnectorCallKind.UpdateActivity => (200, new JsonObject { ["id"] = secondId }.ToJsonString()),
        FakeConnectorCallKind.DeleteActivity => (200, null),
        FakeConnectorCallKind.UploadFile => (201, new JsonObject { ["id"] = "fake-file", ["size"] = body["_raw"]?.GetValue<string>().Length }.ToJsonString()),
        FakeConnectorCallKind.GetMember when secondId is not null && _members.TryGetValue(secondId, out var member) => (200, member.ToJsonString()),
        FakeConnectorCallKind.GetMember => (404, ErrorBody("MemberNotFound", "The member is not in the conversation.")),
        _ => (404, ErrorBody("NotFound", $"The fake connector has no route for this call (conversation {conversationId}).")),
    };

    /// <summary>
    /// A 1:1 chat (<c>isGroup</c> false, one member) gets the member's stable id; a channel post (<c>isGroup</c> true with
    /// <c>channelData.channel.id</c> and an <c>activity</c>) gets <c>{channel};messageid={new id}</c>; no tenant is a 400,
    /// as Teams answers it.
    /// </summary>
    private (int Status, string Body) CreateConversation(JsonObject body)
    {
        var tenant = Text(body["tenantId"]) ?? Text(body["channelData"]?["tenant"]?["id"]);
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return (400, ErrorBody("BadSyntax", "Could not parse tenant id"));
        }

        var activityId = body["activity"] is JsonObject ? NextActivityId() : null;
        if (body["isGroup"] is JsonValue group && group.TryGetValue<bool>(out var isGroup) && isGroup)
        {
            var channel = Text(body["channelData"]?["channel"]?["id"]);
            return channel is null || activityId is null
                ? (400, ErrorBody("BadArgument", "Incorrect conversation creation parameters"))
                : (201, new JsonObject { ["id"] = channel + ";messageid=" + activityId, ["activityId"] = activityId }.ToJsonString());
        }

        var members = body["members"] as JsonArray;
        var member = Text(members?.FirstOrDefault()?["id"]);
        if (members is not { Count: 1 } || string.IsNullOrWhiteSpace(member))
        {
            return (400, ErrorBody("BadArgument", "Incorrect conversation creation parameters"));
        }

        var answer = new JsonObject { ["id"] = DirectConversationId(member) };
        if (activityId is not null)
        {
            answer["activityId"] = activityId;
        }

        return (201, answer.ToJsonString());
    }

    private bool IsValid(string? authorization) =>
        authorization is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal)
        && _issuedTokens.TryGetValue(header["Bearer ".Length..], out var valid) && valid;

    private string NextActivityId() =>
        (1_700_000_000_000L + Interlocked.Increment(ref _activitySequence)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The kind of call and the decoded ids in <c>…/v3/conversations/{conversation}/(activities|members)/{id}</c>.</summary>
    private static (FakeConnectorCallKind Kind, string? ConversationId, string? SecondId) Route(string method, string rawPath)
    {
        if (HttpMethods.IsPost(method) && rawPath.TrimEnd('/').EndsWith("/token", StringComparison.Ordinal))
        {
            return (FakeConnectorCallKind.Token, null, null);
        }

        if (HttpMethods.IsPut(method) && rawPath.StartsWith("/upload/", StringComparison.Ordinal))
        {
            return (FakeConnectorCallKind.UploadFile, null, null);
        }

        const string Marker = "/v3/conversations";
        var at = rawPath.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return (FakeConnectorCallKind.Other, null, null);
        }

        var segments = rawPath[(at + Marker.Length)..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        return (method, segments) switch
        {
            ("POST", []) => (FakeConnectorCallKind.CreateConversation, null, null),
            ("POST", [var c, "activities"]) => (FakeConnectorCallKind.SendActivity, c, null),
            ("POST", [var c, "activities", var a]) => (FakeConnectorCallKind.SendActivity, c, a),
            ("PUT", [var c, "activities", var a]) => (FakeConnectorCallKind.UpdateActivity, c, a),
            ("DELETE", [var c, "activities", var a]) => (FakeConnectorCallKind.DeleteActivity, c, a),
            ("GET", [var c, "members", var u]) => (FakeConnectorCallKind.GetMember, c, u),
            (_, [var c, ..]) => (FakeConnectorCallKind.Other, c, null),
            _ => (FakeConnectorCallKind.Other, null, null),
        };
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        var body = new JsonObject();
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync())
            {
                body[key] = value.ToString();
            }

            return body;
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(text))
        {
            return body;
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject ?? new JsonObject { ["_raw"] = text };
        }
        catch (JsonException)
        {
            return new JsonObject { ["_raw"] = text };
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string? body)
    {
        context.Response.StatusCode = status;
        if (body is null)
        {
            return;
        }

        context.Response.ContentType = body.TrimStart().StartsWith('{') ? Json : "text/html; charset=utf-8";
        await context.Response.WriteAsync(body);
    }


    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A queued failure (<see cref="Status"/> null: only a delay or a hold before the usual answer).</summary>
    private sealed record Failure(int? Status, string? Body, string? RetryAfter, TimeSpan? Delay, ResponseHold? Hold = null);
}
