using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coordination.Bot.LocalChat;
using Coordination.Bot.Web;
using Coordination.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>
/// The host for the local chat's HTTP tests: the real app on a fresh database, its clock a <see cref="ShiftableClock"/>
/// over a fake one (so fast-forward is on), and each request's client address taken from <see cref="RemoteAddressHeader"/>
/// (loopback without it), as a test server has none of its own.
/// </summary>
public sealed class LocalChatHost : IAsyncDisposable
{
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    /// <summary>Monday 30 November 2026, 09:30 in London (10:30 for Bob in Berlin): inside everyone's delivery window.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 30, 0, TimeSpan.Zero);

    private readonly BotApp _app;

    private LocalChatHost(BotApp app, WebApplicationFactory<Program> web)
    {
        _app = app;
        Web = web;
        Http = web.CreateClient();
        Http.DefaultRequestHeaders.Add(WriteGuard.RequestHeader, "1");
    }

    public WebApplicationFactory<Program> Web { get; }

    /// <summary>A client that writes as the page's own script does (with <see cref="WriteGuard.RequestHeader"/>).</summary>
    public HttpClient Http { get; }

    /// <summary>A bare client: no headers of its own, and redirects not followed.</summary>
    public HttpClient Bare() => Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public FakeTimeProvider Clock => _app.Clock;

    public LocalTranscript Transcript => Web.Services.GetRequiredService<LocalTranscript>();

    public static async Task<LocalChatHost> StartAsync(
        ITestDatabases databases, IReadOnlyDictionary<string, string?>? settings = null, bool shiftable = true, Action<IServiceCollection>? services = null)
    {
        var (provider, connectionString) = await databases.CreateAsync();
        var clock = new FakeTimeProvider(Monday);
        var app = new BotApp(provider, connectionString, clock, settings);
        var web = app.WithWebHostBuilder(builder => builder.ConfigureServices(collection =>
        {
            if (shiftable)
            {
                collection.AddSingleton<TimeProvider>(new ShiftableClock(clock));
            }

            collection.AddSingleton<IStartupFilter, RemoteAddressFilter>();
            services?.Invoke(collection);
        }));
        return new LocalChatHost(app, web);
    }

    public async Task<JsonElement> PostAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
    }

    /// <summary><paramref name="person"/> writes <paramref name="text"/> in a channel (and thread); the message written.</summary>
    public async Task<JsonElement> WriteAsync(string person, string text, string channel = "#platform", string? thread = null) =>
        await PostAsync("/local/messages", new { @as = person, channel, thread, text });

    public async Task<List<JsonElement>> MessagesAsync(string? person = null)
    {
        var update = await Http.GetFromJsonAsync<JsonElement>(person is null ? "/local/messages" : $"/local/messages?as={person}");
        return [.. update.GetProperty("messages").EnumerateArray()];
    }

    public async Task<T> QueryAsync<T>(Func<CoordinationDbContext, Task<T>> query)
    {
        await using var scope = Web.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CoordinationDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Web.DisposeAsync();
        await _app.DisposeAsync();
    }

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(RemoteAddressHeader, out var address)
                    ? IPAddress.Parse(address.ToString())
                    : IPAddress.Loopback;
                return then(context);
            });
            next(app);
        };
    }
}
