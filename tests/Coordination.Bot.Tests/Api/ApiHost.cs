using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Bot.Tests.Api;

/// <summary>One host per test class (a class fixture); each test works in a workspace of its own on it.</summary>
public sealed class ApiHost : IAsyncLifetime, IDisposable
{
    private ITestDatabases? _databases;
    private BotApp? _app;

    /// <summary>The class's host, started by the first test that asks, on the databases <paramref name="databases"/> gives.</summary>
    public async Task<BotApp> AppAsync(Func<ITestDatabases> databases)
    {
        if (_app is null)
        {
            _databases = databases();
            var (provider, connectionString) = await _databases.CreateAsync();
            _app = new BotApp(provider, connectionString, settings: new Dictionary<string, string?> { ["Coordination:CountWeekends"] = "true", ["Coordination:DeliveryWindow:Enabled"] = "false" });
            _ = _app.Services;
        }

        return _app;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }

        Dispose();
    }

    public void Dispose()
    {
        _app?.Dispose();
        _app = null;
        _databases?.Dispose();
        _databases = null;
    }
}

/// <summary>What the API scenarios share: a fresh workspace per test, its people, its tokens and a client that presents one.</summary>
public abstract partial class ApiScenarioBase(ApiHost host, Func<ITestDatabases> databases) : IClassFixture<ApiHost>
{
    protected static readonly ThreadRef Channel = new("#platform", null);

    protected Task<BotApp> AppAsync() => host.AppAsync(databases);

    protected static string NewWorkspace() => "T-API-" + Guid.NewGuid().ToString("N")[..12];

    protected static CommandContext In(string workspace, PersonRef person) => new(ChatPlatform.Local, workspace, person, Channel);

    /// <summary>Makes people known to <paramref name="workspace"/>, as their first message would.</summary>
    protected static async Task MeetAsync(BotApp app, string workspace, params PersonRef[] people)
    {
        foreach (var person in people)
        {
            await app.SendAsync(new ProfileCommand(In(workspace, person), TimeZoneId: null));
        }
    }

    /// <summary>Creates a token as <paramref name="admin"/> and returns its secret, read from the reply.</summary>
    protected static async Task<string> TokenAsync(BotApp app, string workspace, string name, PersonRef admin)
    {
        var reply = await app.SendAsync(new TokenCreateCommand(In(workspace, admin), name));
        Assert.True(reply.Succeeded, reply.Text);
        return SecretPattern().Match(reply.Text).Value;
    }

    protected static HttpClient Client(BotApp app, string? token)
    {
        var client = app.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    protected static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [GeneratedRegex(@"coord_[A-Za-z0-9_-]+")]
    protected static partial Regex SecretPattern();
}
