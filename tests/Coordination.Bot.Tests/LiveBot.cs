using System.Net;
using Coordination.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests;

/// <summary>
/// The bot for real: Kestrel on a free loopback port, the jobs running on the system clock. A plain
/// <see cref="HttpClient"/> reaches it over TCP, as a chat platform would.
/// </summary>
public sealed class LiveBot : IAsyncDisposable
{
    /// <summary>The 48-hour window shrunk to seconds, and the jobs that apply it running four times a second.</summary>
    public static readonly IReadOnlyDictionary<string, string?> FastRule = new Dictionary<string, string?>
    {
        ["Coordination:ResponseWindow"] = "00:00:05",
        ["Coordination:SweepInterval"] = "00:00:00.250",
        ["Outbox:DeliveryInterval"] = "00:00:00.250",
    };

    private readonly BotApp _app;
    private readonly WebApplicationFactory<Program> _live;

    private LiveBot(BotApp app, WebApplicationFactory<Program> live, Uri address)
    {
        _app = app;
        _live = live;
        Http = new HttpClient { BaseAddress = address };
    }

    public HttpClient Http { get; }

    /// <summary>The bot on <paramref name="clock"/> (the system clock when not given).</summary>
    public static LiveBot Start(string provider, string connectionString, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null)
    {
        var app = new BotApp(provider, connectionString, settings: settings, runJobs: true);
        var live = app.WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton(clock ?? TimeProvider.System)));
        live.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        live.StartServer();
        var address = live.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LiveBot(app, live, new Uri(address));
    }

    public async Task<T> QueryAsync<T>(Func<CoordinationDbContext, Task<T>> query)
    {
        await using var scope = _live.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CoordinationDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _live.DisposeAsync();
        await _app.DisposeAsync();
    }
}
