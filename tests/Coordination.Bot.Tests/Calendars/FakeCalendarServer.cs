using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Coordination.Bot.Tests.Calendars;

/// <summary>
/// A web server on loopback that answers each path with the body and status a test sets: an iCalendar feed, Microsoft
/// Graph's mailbox settings, the identity platform's token endpoint. It records every request's path.
/// </summary>
public sealed class FakeCalendarServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (HttpStatusCode Status, string Body, string Type)> _answers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _requests = new();

    private FakeCalendarServer(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<FakeCalendarServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new FakeCalendarServer(builder.Build());
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    public void Answer(string path, string body, HttpStatusCode status = HttpStatusCode.OK, string type = "text/calendar") =>
        _answers[path] = (status, body, type);

    public void AnswerJson(string path, string body, HttpStatusCode status = HttpStatusCode.OK) => Answer(path, body, status, "application/json");

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue(path);
        if (!_answers.TryGetValue(path, out var answer))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.StatusCode = (int)answer.Status;
        context.Response.ContentType = answer.Type;
        await context.Response.WriteAsync(answer.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
