using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Coordination.Bot.Tests.Assistant;

/// <summary>
/// A fake OpenAI-compatible API on loopback (a real Kestrel server on a free port) serving
/// <c>POST /v1/chat/completions</c>: each request is recorded, and answered with the next queued answer as the
/// assistant message's content, in the shape of OpenAI's chat completion object (built from its documented shape).
/// With nothing queued it answers <c>/coord help</c>; <see cref="Hang"/> holds an answer until the caller gives up, and
/// <see cref="Fail"/> answers with an HTTP error.
/// </summary>
public sealed class FakeAssistantEndpoint : IAsyncDisposable
{
    public const string Hang = "\u0000hang";
    public const string Fail = "\u0000fail";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _answers = new();
    private readonly ConcurrentQueue<JsonNode> _requests = new();

    private FakeAssistantEndpoint(WebApplication app)
    {
        _app = app;
        _app.MapPost("/v1/chat/completions", (Delegate)AnswerAsync);
    }

    /// <summary>What <c>Assistant:Endpoint</c> is set to, e.g. <c>http://127.0.0.1:5123/v1</c>.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>Every request body so far, in arrival order.</summary>
    public IReadOnlyList<JsonNode> Requests => [.. _requests];

    public static async Task<FakeAssistantEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var fake = new FakeAssistantEndpoint(builder.Build());
        await fake._app.StartAsync();
        fake.Endpoint = fake._app.Urls.First().TrimEnd('/') + "/v1";
        return fake;
    }

    public void Answer(string content) => _answers.Enqueue(content);

    /// <summary>The messages of request <paramref name="index"/> as role and content.</summary>
    public IReadOnlyList<(string Role, string Content)> MessagesOf(int index) =>
        [.. Requests[index]["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), m["content"]!.GetValue<string>()))];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> AnswerAsync(HttpContext http)
    {
        _requests.Enqueue((await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted))!);
        var content = _answers.TryDequeue(out var next) ? next : "/coord help";
        if (content == Hang)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
        }

        return content == Fail
            ? Results.Json(new { error = new { message = "The server had an error", type = "server_error" } }, statusCode: StatusCodes.Status500InternalServerError)
            : Results.Text(Completion(content).ToJsonString(), "application/json");
    }

    private static JsonObject Completion(string content) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1_796_000_000,
        ["model"] = "fake-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
    };

    /// <summary>A draft record as the assistant would answer it.</summary>
    public static string Draft(object record) => JsonSerializer.Serialize(record);
}
