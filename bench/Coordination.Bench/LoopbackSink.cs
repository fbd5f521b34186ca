using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Coordination.Bench;

/// <summary>A tiny chat API on 127.0.0.1 that accepts every post, the way a platform's would, and counts them.</summary>
internal sealed class LoopbackSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _received;

    private LoopbackSink(WebApplication app) => _app = app;

    public long Received => Interlocked.Read(ref _received);

    /// <summary>When set, sees the body of every post as it arrives (costs a read of the body into a string).</summary>
    public Action<string>? Posted { get; set; }

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<LoopbackSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new LoopbackSink(app);
        app.MapPost("/chat.postMessage", async (HttpRequest request) =>
        {
            if (sink.Posted is { } posted)
            {
                using var reader = new StreamReader(request.Body);
                posted(await reader.ReadToEndAsync());
            }
            else
            {
                await request.Body.CopyToAsync(Stream.Null);
            }

            var n = Interlocked.Increment(ref sink._received);
            return Results.Json(new { ok = true, ts = n.ToString("D10", CultureInfo.InvariantCulture) });
        });
        await app.StartAsync();
        return sink;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
