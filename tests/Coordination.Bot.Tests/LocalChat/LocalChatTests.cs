namespace Coordination.Bot.Tests.LocalChat;

/// <summary>Local chat tests on one database engine: each host a fresh database, every host disposed after the test.</summary>
public abstract class LocalChatTests(ITestDatabases databases) : IAsyncLifetime
{
    private readonly List<LocalChatHost> _hosts = [];

    protected async Task<LocalChatHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool shiftable = true)
    {
        var host = await LocalChatHost.StartAsync(databases, settings, shiftable);
        _hosts.Add(host);
        return host;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        databases.Dispose();
    }
}
