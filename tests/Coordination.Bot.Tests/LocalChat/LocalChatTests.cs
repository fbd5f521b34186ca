using Coordination.Bot.LocalChat;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>Local chat tests on one database engine: each host a fresh database (a test disposes its hosts), removed at the end.</summary>
public abstract class LocalChatTests(ITestDatabases databases) : IAsyncLifetime
{
    protected Task<LocalChatHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool shiftable = true, Action<IServiceCollection>? services = null) =>
        LocalChatHost.StartAsync(databases, settings, shiftable, services);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        databases.Dispose();
        return Task.CompletedTask;
    }
}
