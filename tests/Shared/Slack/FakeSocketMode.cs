using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Coordination.Testing.Slack;

/// <summary>
/// A fake Socket Mode endpoint on loopback: every WebSocket that connects gets <c>hello</c>, and a test sends it
/// frames (envelopes, <c>disconnect</c>) and reads the acknowledgements it got back. <see cref="History"/> keeps
/// the order of opens and closes, to show a replacement opened before the old socket closed.
/// </summary>
public sealed class FakeSocketMode : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<FakeSocket> _sockets = [];
    private readonly ConcurrentQueue<string> _history = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakeSocketMode(WebApplication app)
    {
        _app = app;
        _app.UseWebSockets();
        _app.Run(AcceptAsync);
    }

    /// <summary>The URL <c>apps.connections.open</c> hands out (one query string per connection, as Slack's tickets).</summary>
    public Uri Url { get; private set; } = new("ws://127.0.0.1/link/");

    public IReadOnlyList<FakeSocket> Sockets
    {
        get
        {
            lock (_sockets)
            {
                return [.. _sockets];
            }
        }
    }

    /// <summary>"open 1", "close 1", … in the order the fake saw them.</summary>
    public IReadOnlyList<string> History => [.. _history];

    public static async Task<FakeSocketMode> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var fake = new FakeSocketMode(builder.Build());
        await fake._app.StartAsync();
        fake.Url = new Uri(fake._app.Urls.First().Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/link/");
        return fake;
    }

    /// <summary>Waits until <paramref name="count"/> sockets have connected (and been greeted).</summary>
    public Task<IReadOnlyList<FakeSocket>> WaitForSocketsAsync(int count) =>
        Waits.UntilAsync(() => Sockets.Count >= count ? Sockets : null, TimeSpan.FromSeconds(10), () => $"Only {Sockets.Count} of {count} sockets connected.");

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        FakeSocket fake;
#pragma warning disable CA2000 // disposed below, once the bot has closed it
        lock (_sockets)
        {
            fake = new FakeSocket(_sockets.Count + 1, socket);
            _sockets.Add(fake);
        }

#pragma warning restore CA2000
        _history.Enqueue($"open {fake.Number}");
        await fake.SendAsync(new JsonObject { ["type"] = "hello", ["num_connections"] = fake.Number, ["debug_info"] = new JsonObject { ["host"] = "fake" } });
        await fake.ReadAsync(_stopping.Token);
        _history.Enqueue($"close {fake.Number}");
        fake.Dispose();
    }
}

/// <summary>One connection to <see cref="FakeSocketMode"/>: what the bot acknowledged on it, and a way to send it frames.</summary>
public sealed class FakeSocket(int number, WebSocket socket) : IDisposable
{
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentQueue<JsonObject> _acks = new();

    public int Number { get; } = number;

    public bool IsClosed { get; private set; }

    /// <summary>Every acknowledgement received on this socket, in order.</summary>
    public IReadOnlyList<JsonObject> Acks => [.. _acks];

    public async Task SendAsync(JsonNode frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        await _sending.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Waits for the acknowledgement of <paramref name="envelopeId"/> on this socket.</summary>
    public Task<JsonObject> WaitForAckAsync(string envelopeId) =>
        Waits.UntilAsync(
            () => Acks.FirstOrDefault(a => a["envelope_id"]?.GetValue<string>() == envelopeId),
            TimeSpan.FromSeconds(10),
            () => $"Socket {Number} got no ack for {envelopeId}; acks: {string.Join(", ", Acks.Select(a => a.ToJsonString()))}");

    public void Dispose() => _sending.Dispose();

    internal async Task ReadAsync(CancellationToken stopping)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var part = await socket.ReceiveAsync(buffer, stopping);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }

                message.Write(buffer, 0, part.Count);
                if (part.EndOfMessage)
                {
                    _acks.Enqueue((JsonObject)JsonNode.Parse(message.ToArray())!);
                    message.SetLength(0);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }

        IsClosed = true;
    }
}
