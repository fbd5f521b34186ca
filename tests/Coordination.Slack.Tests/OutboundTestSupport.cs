using System.Collections.Concurrent;
using Coordination.Slack.Outbound;
using Coordination.Testing.Slack;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coordination.Slack.Tests;

/// <summary>A logger that keeps every entry, to check what the adapter logs (and that it never logs a token).</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. _entries];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _entries.Enqueue((logLevel, formatter(state, exception)));
    }
}

/// <summary>Starts a <see cref="FakeSlackApi"/> per test and builds real clients pointed at it.</summary>
public abstract class FakeSlackTestBase : IAsyncLifetime
{
    protected const string Token = "xoxb-test-secret-token";

    protected FakeSlackApi Fake { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    protected RecordingLogger<SlackApiClient> ApiLog { get; } = new();

    public async Task InitializeAsync()
    {
        Fake = await FakeSlackApi.StartAsync();
        Http = new HttpClient { BaseAddress = Fake.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Fake.DisposeAsync();
    }

    protected SlackApiClient CreateClient(TimeSpan? timeout = null) =>
        new(Http, Options.Create(new SlackOptions { RequestTimeout = timeout ?? TimeSpan.FromSeconds(10) }), ApiLog);
}
