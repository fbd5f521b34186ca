using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace Coordination.Slack.Socket;

/// <summary>Why a connection stopped being the one to keep: Slack asked for a new one, turned Socket Mode off, or it closed.</summary>
public enum SocketModeEnding
{
    Closed,
    Refresh,
    LinkDisabled,
}

/// <summary>
/// One Socket Mode WebSocket. It reads frames until the socket closes; each envelope is handled on its own (so a slow
/// command does not hold up the next envelope) and acknowledged on this socket once handled. <see cref="Ending"/>
/// completes as soon as Slack says <c>disconnect</c>, while the socket still reads, so the owner can open the next
/// connection before this one goes.
/// </summary>
public sealed class SocketModeConnection : IAsyncDisposable
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(3);
    private readonly ClientWebSocket _socket;
    private readonly ISocketModeHandler _handler;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<Task, bool> _inFlight = new();
    private readonly TaskCompletionSource<SocketModeEnding> _ending = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;
    private int _disposed;

    private SocketModeConnection(ClientWebSocket socket, ISocketModeHandler handler, ILogger logger)
    {
        _socket = socket;
        _handler = handler;
        _logger = logger;
    }

    public Task<SocketModeEnding> Ending => _ending.Task;

    /// <summary>Connects to <paramref name="url"/> (from <c>apps.connections.open</c>) and starts reading.</summary>
    public static async Task<SocketModeConnection> ConnectAsync(Uri url, ISocketModeHandler handler, ILogger logger, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new SocketModeConnection(socket, handler, logger);
        connection._reading = connection.ReadAsync();
        return connection;
    }

    private async Task ReadAsync()
    {
        try
        {
            while (await SocketModeFrames.ReceiveAsync(_socket, _stop.Token) is { } frame)
            {
                Dispatch(frame);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            Log.SocketReadFailed(_logger, ex.GetType().Name);
        }
        finally
        {
            _ending.TrySetResult(SocketModeEnding.Closed);
        }
    }

    private void Dispatch(byte[] frame)
    {
        switch (SocketModeEnvelope.Parse(frame))
        {
            case null:
                Log.SocketFrameUnreadable(_logger, frame.Length);
                break;
            case { Type: SocketModeEnvelope.Hello }:
                Log.SocketHello(_logger);
                break;
            case { Type: SocketModeEnvelope.Disconnect, Reason: var reason }:
                Log.SocketDisconnectRequested(_logger, reason ?? "unknown");
                _ending.TrySetResult(reason == SocketModeEnvelope.LinkDisabled ? SocketModeEnding.LinkDisabled : SocketModeEnding.Refresh);
                break;
            case { NeedsAck: true } envelope:
                var work = HandleAsync(envelope);
                _inFlight.TryAdd(work, true);
                _ = work.ContinueWith(done => _inFlight.TryRemove(done, out _), TaskScheduler.Default);
                break;
            case var other:
                Log.SocketFrameIgnored(_logger, other.Type);
                break;
        }
    }

    private async Task HandleAsync(SocketModeEnvelope envelope)
    {
        try
        {
            var answer = await _handler.HandleAsync(envelope, _stop.Token);
            await SendAsync(SocketModeAck.For(envelope.EnvelopeId!, answer));
        }
        catch (Exception ex)
        {
            // Not acknowledged: Slack sends the envelope again, on this connection or another.
            Log.SocketEnvelopeFailed(_logger, ex, envelope.Type, envelope.EnvelopeId!);
        }
    }

    private async Task SendAsync(byte[] message)
    {
        await _sending.WaitAsync(_stop.Token);
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Lets the envelopes in hand finish and be acknowledged, then closes the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await Task.WhenAll(_inFlight.Keys).WaitAsync(timeout.Token);
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            Log.SocketReadFailed(_logger, ex.GetType().Name);
        }

        await _stop.CancelAsync();
        await _reading;
        _socket.Dispose();
        _stop.Dispose();
        _sending.Dispose();
    }
}
