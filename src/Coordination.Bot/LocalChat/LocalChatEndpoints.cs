using Coordination.Bot.Web;
using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// The local chat page at <c>/</c> and its JSON API under <c>/local</c>: people, channels and direct messages, what
/// was said since a version (polled, or pushed as server-sent events), writing, pressing the bot's buttons, a
/// message's file, and the fast-forward. Malformed input is answered 400, a body over 1 MiB 413. Off (see
/// <see cref="LocalChatSwitch"/>) every route answers 404; on, each passes <see cref="WebAccess"/>.
/// </summary>
public static class LocalChatEndpoints
{
    /// <summary>How long an event stream stays quiet before it sends the clock again.</summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static IEndpointRouteBuilder MapLocalChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", Page).AddEndpointFilter(OnlyWhileOnAsync).RequireWebAccess().AddEndpointFilter(SeedAsync);
        var local = endpoints.MapGroup("/local").AddEndpointFilter(OnlyWhileOnAsync).RequireWebAccess().AddEndpointFilter(SeedAsync);
        local.MapGet("/assets/{name}", LocalChatAssets.Serve);
        local.MapGet("/state", State);
        local.MapGet("/messages", Messages);
        local.MapGet("/events", Events);
        local.MapGet("/messages/{id}/file", File);
        local.MapPost("/messages", LocalChatActions.PostAsync);
        local.MapPost("/press", LocalChatActions.PressAsync);
        local.MapPost("/react", LocalChatActions.ReactAsync);
        local.MapPost("/fast-forward", LocalChatActions.FastForwardAsync);
        local.MapGet("/home", LocalHome.GetAsync);
        local.MapPost("/home", LocalHome.PressAsync);
        local.MapPost("/follow-up", LocalFollowUp.FollowUpAsync);
        local.MapPost("/forms", LocalChatForms.SubmitAsync);
        return endpoints;
    }

    private static async ValueTask<object?> OnlyWhileOnAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<LocalChatSwitch>().IsOn ? await next(context) : Results.NotFound();

    private static async ValueTask<object?> SeedAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        await http.RequestServices.GetRequiredService<LocalWorkspaceSeeder>().EnsureAsync(http.RequestAborted);
        return await next(context);
    }

    private static IResult Page(string? @as, string? c, LocalTranscript transcript, FastForward fastForward)
    {
        var person = LocalWorkspace.Find(@as) ?? LocalWorkspace.People[0];
        var conversation = c is { Length: > 0 } && LocalWorkspace.Sees(person.Id, c) ? c : LocalWorkspace.Channels[0];
        var html = LocalChatPage.Render(person, conversation, ChannelsOf(transcript), Clock(fastForward, person));
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult State(string? @as, LocalTranscript transcript, FastForward fastForward)
    {
        if (Person(@as, required: true, out var person) is { } refusal)
        {
            return refusal;
        }

        var directs = LocalWorkspace.DirectsOf(person!).Select(with => new LocalDirectView(with, LocalWorkspace.NameOf(with), LocalWorkspace.DirectConversation(person!.Id, with)));
        return Results.Json(new LocalStateView(
            LocalWorkspace.Id,
            new LocalPersonView(LocalWorkspace.BotId, LocalWorkspace.BotName, "UTC", null, "the bot"),
            [.. LocalWorkspace.People.Select(LocalPersonView.Of)],
            ChannelsOf(transcript),
            [.. directs],
            Clock(fastForward, person)));
    }

    private static IResult Messages(string? @as, long? since, LocalTranscript transcript, FastForward fastForward) =>
        Person(@as, required: false, out var person) ?? Results.Json(Update(transcript, fastForward, person, since ?? 0));

    private static IResult Events(string? @as, long? since, HttpContext http, LocalTranscript transcript, FastForward fastForward, IHostApplicationLifetime lifetime)
    {
        if (Person(@as, required: false, out var person) is { } refusal)
        {
            return refusal;
        }

        var from = long.TryParse(http.Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : since ?? 0;
        return TypedResults.ServerSentEvents(StreamAsync(transcript, fastForward, person, from, http.RequestAborted, lifetime.ApplicationStopping));
    }

    /// <summary>What changed since <paramref name="version"/> at once, then at each change (or, when quiet, the clock every <see cref="KeepAlive"/>).</summary>
    private static async IAsyncEnumerable<SseItem<LocalUpdateView>> StreamAsync(
        LocalTranscript transcript, FastForward fastForward, LocalPerson? person, long version, CancellationToken aborted, [EnumeratorCancellation] CancellationToken stopping)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        while (!ended.IsCancellationRequested)
        {
            var update = Update(transcript, fastForward, person, version);
            version = update.Version;
            yield return new SseItem<LocalUpdateView>(update, "update") { EventId = version.ToString(CultureInfo.InvariantCulture) };
            try
            {
                await transcript.WaitAsync(version, KeepAlive, ended.Token);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }

    private static IResult File(string id, LocalTranscript transcript) =>
        transcript.Find(id) is { File: { } file }
            ? Results.File(file.Content, file.ContentType, file.IsImage ? null : file.Name)
            : Results.NotFound(new { error = $"Message {id} has no file." });

    private static LocalUpdateView Update(LocalTranscript transcript, FastForward fastForward, LocalPerson? person, long since)
    {
        var version = transcript.Version;
        var changed = transcript.Since(since, person?.Id);
        return new LocalUpdateView(Math.Max(version, changed.Count == 0 ? since : changed[^1].Version), Clock(fastForward, person), [.. changed.Select(LocalMessageView.Of)]);
    }

    internal static LocalClockView Clock(FastForward fastForward, LocalPerson? person) =>
        LocalClockView.Of(fastForward.Now, fastForward.Offset, fastForward.IsAvailable, person);

    /// <summary>The fixed channels, then any other the bot or someone wrote in (a digest channel, say).</summary>
    internal static IReadOnlyList<string> ChannelsOf(LocalTranscript transcript) =>
        [.. LocalWorkspace.Channels.Concat(transcript.Conversations().Where(c => !LocalWorkspace.IsDirect(c)).Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)];

    internal static object? ReplyView(Reply? reply) => reply is null ? null : new { text = LocalTranscript.Display(reply.Text), succeeded = reply.Succeeded };

    internal static IResult? Person(string? id, bool required, out LocalPerson? person)
    {
        person = LocalWorkspace.Find(id);
        return person is not null || (!required && string.IsNullOrEmpty(id))
            ? null
            : Bad($"Act as one of {string.Join(", ", LocalWorkspace.People.Select(p => p.Id))}, not {(string.IsNullOrEmpty(id) ? "nobody" : id)}.");
    }

    internal static IResult Bad(string error) => Results.BadRequest(new { error });
}
