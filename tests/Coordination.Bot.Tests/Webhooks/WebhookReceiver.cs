using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Coordination.Bot.Tests.Webhooks;

/// <summary>One request the receiver took: its signing headers and its raw body.</summary>
public sealed record ReceivedWebhook(string? Timestamp, string? Signature, string Body);

/// <summary>
/// A webhook receiver on loopback (Kestrel on a free port) that records every request and answers each with the next
/// scripted status (and <c>Retry-After</c>), or <see cref="DefaultStatus"/> once the script is used up.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _script = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public int DefaultStatus { get; set; } = 200;

    public string Url => _app.Urls.Single() + "/hooks/coordination";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks/coordination", receiver.TakeAsync);
        await app.StartAsync();
        return receiver;
    }

    public void Answer(int status, string? retryAfter = null) => _script.Enqueue((status, retryAfter));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task TakeAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Received.Enqueue(new ReceivedWebhook(
            context.Request.Headers["X-Coordination-Request-Timestamp"].ToString(), context.Request.Headers["X-Coordination-Signature"].ToString(), body));
        var (status, retryAfter) = _script.TryDequeue(out var next) ? next : (DefaultStatus, null);
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.StatusCode = status;
    }
}
