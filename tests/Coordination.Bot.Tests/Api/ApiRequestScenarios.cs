using System.Net;
using System.Text.Json;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Api;

/// <summary>The requests resource: pages by cursor, a create and an answer through the engine, and clear refusals of bad input.</summary>
public abstract class ApiRequestScenarios(ApiHost host, Func<ITestDatabases> databases) : ApiScenarioBase(host, databases)
{
    [Fact]
    public async Task ListRequests_PagedByCursor_EveryRequestOnceWithNextLinks()
    {
        var app = await AppAsync();
        var workspace = NewWorkspace();
        for (var i = 1; i <= 7; i++)
        {
            await app.SendAsync(new AskCommand(In(workspace, Alice), $"question {i}", [Bob]));
        }

        var client = Client(app, await TokenAsync(app, workspace, "pager", Alice));
        var keys = new List<string>();
        var links = 0;
        var next = "/api/v1/requests?limit=3&stakeholder=U-BOB";
        while (next is not null)
        {
            var response = await client.GetAsync(new Uri(next, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await JsonAsync(response);
            keys.AddRange(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("key").GetString()!));
            var cursor = page.GetProperty("nextCursor");
            links += response.Headers.TryGetValues("Link", out var link) && link.Single().EndsWith("rel=\"next\"", StringComparison.Ordinal) ? 1 : 0;
            next = cursor.ValueKind == JsonValueKind.Null ? null : $"/api/v1/requests?limit=3&stakeholder=U-BOB&cursor={cursor.GetString()}";
        }

        Assert.Equal(["CR-7", "CR-6", "CR-5", "CR-4", "CR-3", "CR-2", "CR-1"], keys);
        Assert.Equal(2, links);
    }

    [Fact]
    public async Task ListRequests_CursorOrLimitNotOurs_400WithTheFieldNamed()
    {
        var app = await AppAsync();
        var client = Client(app, await TokenAsync(app, NewWorkspace(), "bad", Alice));

        var cursor = await client.GetAsync(new Uri("/api/v1/requests?cursor=not-a-cursor!", UriKind.Relative));
        var limit = await client.GetAsync(new Uri("/api/v1/requests?limit=500", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, cursor.StatusCode);
        Assert.True((await JsonAsync(cursor)).GetProperty("errors").TryGetProperty("cursor", out _));
        Assert.Equal(HttpStatusCode.BadRequest, limit.StatusCode);
        Assert.True((await JsonAsync(limit)).GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task CreateRequest_ThroughTheApi_PostedInTheChannelAndShownByStatus()
    {
        var app = await AppAsync();
        var workspace = NewWorkspace();
        await MeetAsync(app, workspace, Bob, Carol);
        var client = Client(app, await TokenAsync(app, workspace, "creator", Alice));

        var response = await client.PostAsync(new Uri("/api/v1/requests", UriKind.Relative),
            Json("""{"title":"review the rollout plan","stakeholders":["U-BOB","U-CAROL"],"channel":"#platform","escalateTo":"U-DAN-UNKNOWN"}"""));
        var fixedUp = await client.PostAsync(new Uri("/api/v1/requests", UriKind.Relative),
            Json("""{"title":"review the rollout plan","stakeholders":["U-BOB","U-CAROL"],"channel":"#platform","dueAt":"2026-12-04T17:00:00Z"}"""));
        await app.DeliverAsync();
        var status = await app.SendAsync(new StatusCommand(In(workspace, Alice), 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("escalateTo", out _));
        Assert.Equal(HttpStatusCode.Created, fixedUp.StatusCode);
        Assert.Equal("/api/v1/requests/CR-1", fixedUp.Headers.Location?.OriginalString);
        var created = await JsonAsync(fixedUp);
        Assert.Equal("Alice", created.GetProperty("requester").GetProperty("name").GetString());
        Assert.Equal("2026-12-04T17:00:00Z", created.GetProperty("dueAt").GetString());
        Assert.Contains(app.Chat.Messages, m => m.Message.WorkspaceId == workspace && m.Message.Destination.Kind == DestinationKind.Thread && m.Message.Text.Contains("review the rollout plan", StringComparison.Ordinal));
        Assert.Contains("review the rollout plan", status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerRequest_DoneThroughTheApi_StopsTheClockAndShowsInTheTrail()
    {
        var app = await AppAsync();
        var workspace = NewWorkspace();
        await app.SendAsync(new AskCommand(In(workspace, Alice), "sign off the budget", [Bob, Carol]));
        await app.DeliverAsync();
        var client = Client(app, await TokenAsync(app, workspace, "answers", Alice));

        var response = await client.PostAsync(new Uri("/api/v1/requests/CR-1/answers", UriKind.Relative), Json("""{"userId":"U-BOB","kind":"done","text":"signed"}"""));
        var notAsked = await client.PostAsync(new Uri("/api/v1/requests/1/answers", UriKind.Relative), Json("""{"userId":"U-ALICE","kind":"ack"}"""));
        var request = await JsonAsync(await client.GetAsync(new Uri("/api/v1/requests/1", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, notAsked.StatusCode);
        var bob = request.GetProperty("stakeholders").EnumerateArray().Single(s => s.GetProperty("person").GetProperty("userId").GetString() == "U-BOB");
        Assert.Equal("done", bob.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, bob.GetProperty("nextActionAt").ValueKind);
        Assert.Contains(request.GetProperty("trail").EnumerateArray(), a => a.GetProperty("kind").GetString() == "done" && a.GetProperty("note").GetString() == "signed");
        var stakeholder = await app.QueryAsync(db => db.Stakeholders.SingleAsync(s => s.Person.PlatformUserId == "U-BOB" && s.Request.Workspace.ExternalId == workspace));
        Assert.Equal(StakeholderState.Done, stakeholder.State);
    }

    [Fact]
    public async Task CreateRequest_MalformedOversizedOrInvalid_RefusedAndNothingRecorded()
    {
        var app = await AppAsync();
        var workspace = NewWorkspace();
        var client = Client(app, await TokenAsync(app, workspace, "writer", Alice));
        var uri = new Uri("/api/v1/requests", UriKind.Relative);

        var malformed = await client.PostAsync(uri, Json("""{"title": "unfinished"""));
        var oversized = await client.PostAsync(uri, Json($$"""{"title":"{{new string('x', 70_000)}}"}"""));
        var invalid = await client.PostAsync(uri, Json("""{"title":"","stakeholders":[],"channel":""}"""));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await JsonAsync(invalid)).GetProperty("errors");
        Assert.Equal(["channel", "stakeholders", "title"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(0, await app.QueryAsync(db => db.Requests.CountAsync(r => r.Workspace.ExternalId == workspace)));
    }
}

public sealed class SqliteApiRequestScenarios(ApiHost host) : ApiRequestScenarios(host, () => new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresApiRequestScenarios(ApiHost host, PostgresFixture server) : ApiRequestScenarios(host, () => new PostgresDatabases(server));
