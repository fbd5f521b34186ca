using Coordination.Slack.Outbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coordination.Slack.Socket;

/// <summary>
/// Keeps <see cref="SlackOptions.SocketConnections"/> Socket Mode connections open, each in its own slot: a slot asks
/// <c>apps.connections.open</c> for a URL with the app-level token and connects; when Slack says <c>disconnect</c> it
/// connects again first and only then closes the old socket, so nothing in flight is lost; when a socket fails or
/// closes it reconnects after <see cref="SocketModeBackoff"/>; when Socket Mode is switched off it stops.
/// </summary>
public sealed class SocketModeClient(SlackApiClient api, ISocketModeHandler handler, IOptions<SlackOptions> options, TimeProvider time, ILogger<SocketModeClient> logger)
{
    private readonly SlackOptions _options = options.Value;

    /// <summary>How many connections were opened so far (a reconnect counts).</summary>
    public int Opened => _opened;

    private int _opened;

    public Task RunAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(1, _options.SocketConnections).Select(slot => RunSlotAsync(slot, stoppingToken)));

    private async Task RunSlotAsync(int slot, CancellationToken stoppingToken)
    {
        SocketModeConnection? previous = null;
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var current = await TryConnectAsync(slot, stoppingToken);
                if (current is null)
                {
                    await Task.Delay(SocketModeBackoff.Delay(++failures, Random.Shared.NextDouble()), time, stoppingToken);
                    continue;
                }

                await CloseAsync(previous);
                previous = null;
                (previous, var ending) = await KeepAsync(current, stoppingToken);
                failures = ending == SocketModeEnding.Closed ? failures + 1 : 0;
                if (ending == SocketModeEnding.LinkDisabled)
                {
                    Log.SocketModeSwitchedOff(logger, slot);
                    return;
                }

                if (failures > 0)
                {
                    await Task.Delay(SocketModeBackoff.Delay(failures, Random.Shared.NextDouble()), time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await CloseAsync(previous);
        }
    }

    /// <summary>
    /// Waits until <paramref name="current"/> ends. Asked to refresh, it stays open (still reading and acknowledging)
    /// as the connection to close once the next one is up; else it is closed here.
    /// </summary>
    private static async Task<(SocketModeConnection? Previous, SocketModeEnding Ending)> KeepAsync(SocketModeConnection current, CancellationToken stoppingToken)
    {
        try
        {
            var ending = await current.Ending.WaitAsync(stoppingToken);
            if (ending == SocketModeEnding.Refresh)
            {
                return (current, ending);
            }

            await CloseAsync(current);
            return (null, ending);
        }
        catch (OperationCanceledException)
        {
            await CloseAsync(current);
            throw;
        }
    }

    /// <summary>A new connection, or <c>null</c> (logged) when Slack handed out no URL or the socket did not open.</summary>
    private async Task<SocketModeConnection?> TryConnectAsync(int slot, CancellationToken stoppingToken)
    {
        var opened = await api.OpenSocketConnectionAsync(_options.AppToken!, stoppingToken);
        if (opened.Value is not { } address || !Uri.TryCreate(address, UriKind.Absolute, out var url) || (url.Scheme != "wss" && url.Scheme != "ws"))
        {
            Log.SocketOpenFailed(logger, slot, opened.Error ?? "no WebSocket URL");
            return null;
        }

        try
        {
            var connection = await SocketModeConnection.ConnectAsync(url, handler, logger, stoppingToken);
            Interlocked.Increment(ref _opened);
            Log.SocketConnected(logger, slot, url.Host);
            return connection;
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or HttpRequestException or IOException)
        {
            Log.SocketOpenFailed(logger, slot, ex.GetType().Name);
            return null;
        }
    }

    private static ValueTask CloseAsync(SocketModeConnection? connection) => connection?.DisposeAsync() ?? ValueTask.CompletedTask;
}
