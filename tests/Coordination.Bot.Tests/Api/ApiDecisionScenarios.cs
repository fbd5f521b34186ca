using System.Net;
using Coordination.Core.Commands;
using Coordination.Testing;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Api;

/// <summary>Decisions through the API: listed, one by key, and as a MADR record; the digest's figures by ISO week.</summary>
public abstract class ApiDecisionScenarios(ApiHost host, Func<ITestDatabases> databases) : ApiScenarioBase(host, databases)
{
    [Fact]
    public async Task Decisions_ListedOneByKeyAndAsMarkdownRecord()
    {
        var app = await AppAsync();
        var workspace = NewWorkspace();
        await app.SendAsync(new DecideCommand(In(workspace, Alice), "Ship the beta on the 14th", [new NextStepSpec(Bob, "tell support")], Rationale: "the fixes are in"));
        var client = Client(app, await TokenAsync(app, workspace, "adr", Alice));

        var list = await JsonAsync(await client.GetAsync(new Uri("/api/v1/decisions", UriKind.Relative)));
        var one = await JsonAsync(await client.GetAsync(new Uri("/api/v1/decisions/D-1", UriKind.Relative)));
        var markdown = await client.GetAsync(new Uri("/api/v1/decisions/D-1.md", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/api/v1/decisions/D-9.md", UriKind.Relative));

        Assert.Equal("D-1", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("key").GetString());
        Assert.Equal("Ship the beta on the 14th", one.GetProperty("text").GetString());
        Assert.Equal(["CR-1"], one.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        var text = await markdown.Content.ReadAsStringAsync();
        Assert.Contains("# Ship the beta on the 14th", text, StringComparison.Ordinal);
        Assert.Contains("Decision Outcome", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Digest_ByIsoWeek_FiguresOrA400ForAnotherShape()
    {
        var app = await AppAsync();
        var workspace = NewWorkspace();
        await app.SendAsync(new AskCommand(In(workspace, Alice), "pick a date", [Bob]));
        var client = Client(app, await TokenAsync(app, workspace, "digest", Alice));

        var week = await client.GetAsync(new Uri("/api/v1/digest?week=2026-W48", UriKind.Relative));
        var bad = await client.GetAsync(new Uri("/api/v1/digest?week=48", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, week.StatusCode);
        var figures = await JsonAsync(week);
        Assert.Equal("2026-W48", figures.GetProperty("week").GetString());
        Assert.Equal("2026-11-30T00:00:00Z", figures.GetProperty("to").GetString());
        Assert.Equal(1, figures.GetProperty("open").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}

public sealed class SqliteApiDecisionScenarios(ApiHost host) : ApiDecisionScenarios(host, () => new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresApiDecisionScenarios(ApiHost host, PostgresFixture server) : ApiDecisionScenarios(host, () => new PostgresDatabases(server));
