using Coordination.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Coordination.Bot.Engine.Delivery;

/// <summary>
/// Instances sharing one PostgreSQL database wake each other: each tells the others with <c>NOTIFY</c> when it queued
/// messages, and <c>LISTEN</c>s for theirs on a connection of its own, reconnecting with backoff when it drops.
/// </summary>
public sealed class PostgresOutboxNotifications(
    IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider time, ILogger<PostgresOutboxNotifications> logger) : BackgroundService
{
    public const string Channel = "coordination_outbox";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly string _instance = Guid.NewGuid().ToString("N");

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        ConnectionString() is { } connectionString
            ? Task.WhenAll(ListenAsync(connectionString, stoppingToken), BroadcastAsync(connectionString, stoppingToken))
            : Task.CompletedTask;

    private string? ConnectionString()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        return db.Database.IsNpgsql() ? db.Database.GetConnectionString() : null;
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Whatever was queued while this instance was not listening.
                signal.Delivery.Set();
                backoff = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.OutboxListenFailed(logger, ex, backoff);
                await Task.Delay(backoff, time, stoppingToken);
                backoff = backoff * 2 < MaxBackoff ? backoff * 2 : MaxBackoff;
            }
        }
    }

    private async Task BroadcastAsync(string connectionString, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await signal.Broadcast.WaitAsync(Timeout.InfiniteTimeSpan, time, stoppingToken);
            signal.Broadcast.Reset();
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @instance)", connection);
                notify.Parameters.AddWithValue("channel", Channel);
                notify.Parameters.AddWithValue("instance", _instance);
                await notify.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (NpgsqlException ex)
            {
                // The poll still delivers; the others hear of it at their next one.
                Log.OutboxListenFailed(logger, ex, TimeSpan.Zero);
            }
        }
    }

    private void OnNotification(string payload)
    {
        if (payload != _instance)
        {
            signal.Delivery.Set();
        }
    }
}
