using System.Text;
using Coordination.Bot.Tests.Scenarios;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Trackers;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Trackers;

/// <summary>A decision as a Markdown record: the ADR button's file in the thread, and <c>adr D-n owner/repo</c>'s pull request.</summary>
public abstract class AdrScenarios(ITestDatabases databases) : HostScenarios(databases), IAsyncLifetime
{
    private FakeGitHubApi? _github;

    private FakeGitHubApi GitHubApi => _github ?? throw new InvalidOperationException("Not started.");

    [Fact]
    public async Task Adr_ByTheDecider_OpensAPullRequestAddingTheRecordAndShowsItWithTheDecision()
    {
        var app = await StartAsync(WithGitHub());
        await app.SendAsync(new DecideCommand(As(Alice), "Use Postgres", [new NextStepSpec(Bob, "migrate the data")]));

        var reply = await app.SendAsync(new OpenAdrCommand(As(Alice), 1, "acme/api"));

        Assert.True(reply.Succeeded, reply.Text);
        Assert.Contains("https://github.com/acme/api/pull/7", reply.Text, StringComparison.Ordinal);
        var calls = GitHubApi.Calls;
        var branch = Assert.Single(calls, c => c.Method == "POST" && c.Path.EndsWith("/git/refs", StringComparison.Ordinal));
        Assert.Equal("refs/heads/adr/d-1-use-postgres", branch.Body?["ref"]?.GetValue<string>());
        Assert.Equal(FakeGitHubApi.HeadSha, branch.Body?["sha"]?.GetValue<string>());
        var file = Assert.Single(calls, c => c.Method == "PUT");
        Assert.EndsWith("/contents/docs/decisions/0001-use-postgres.md", file.Path, StringComparison.Ordinal);
        var markdown = Encoding.UTF8.GetString(Convert.FromBase64String(file.Body!["content"]!.GetValue<string>()));
        Assert.Contains("# Use Postgres\n", markdown, StringComparison.Ordinal);
        Assert.Contains("CR-1 migrate the data (next step of D-1) (Bob, no due date, open)", markdown, StringComparison.Ordinal);
        var pull = Assert.Single(calls, c => c.Method == "POST" && c.Path.EndsWith("/pulls", StringComparison.Ordinal));
        Assert.Equal("main", pull.Body?["base"]?.GetValue<string>());
        Assert.Equal("https://github.com/acme/api/pull/7", await app.QueryAsync(db => db.Set<DecisionPullRequest>().Select(p => p.Url).SingleAsync()));
        var listed = await app.SendAsync(new DecisionsCommand(As(Bob), All: true));
        Assert.Contains("ADR: https://github.com/acme/api/pull/7", listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adr_BySomeoneElse_RefusedAndGitHubNeverCalled()
    {
        var app = await StartAsync(WithGitHub());
        await app.SendAsync(new DecideCommand(As(Alice), "Use Postgres", []));

        var reply = await app.SendAsync(new OpenAdrCommand(As(Carol), 1, "acme/api"));

        Assert.False(reply.Succeeded);
        Assert.Empty(GitHubApi.Calls);
    }

    [Fact]
    public async Task Adr_BranchAlreadyThere_ClearRefusalAndNothingRecorded()
    {
        var app = await StartAsync(WithGitHub());
        await app.SendAsync(new DecideCommand(As(Alice), "Use Postgres", []));
        GitHubApi.BranchExists = true;

        var reply = await app.SendAsync(new OpenAdrCommand(As(Alice), 1, "acme/api"));

        Assert.False(reply.Succeeded);
        Assert.Contains("422", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<DecisionPullRequest>().CountAsync()));
    }

    [Fact]
    public async Task Adr_WithoutAToken_SaysTheIntegrationIsNotConfigured()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new DecideCommand(As(Alice), "Use Postgres", []));

        var reply = await app.SendAsync(new OpenAdrCommand(As(Alice), 1, "acme/api"));

        Assert.False(reply.Succeeded);
        Assert.Contains("GitHub:Token", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdrButton_UnderTheDecision_PostsTheMarkdownFileInItsThread()
    {
        var app = await StartAsync(PlainTimeline);
        await app.SendAsync(new DecideCommand(As(Alice), "Use <b>Postgres</b>", []));
        await app.DeliverAsync();
        var post = Assert.Single(Sent(app), m => m.Text.Contains("decided *D-1*", StringComparison.Ordinal));
        var button = Assert.Single(post.Buttons, b => b.Action == MessageButton.AdrFile);

        var reply = await app.SendAsync(ButtonPress.ToCommand(button.Action, button.Value, As(Bob))!);
        await app.DeliverAsync();

        Assert.True(reply.Succeeded, reply.Text);
        var file = Assert.Single(Sent(app), m => m.File is not null).File!;
        Assert.Equal("0001-use-b-postgres-b.md", file.Name);
        var markdown = Encoding.UTF8.GetString(file.Content);
        Assert.Contains("# Use &lt;b&gt;Postgres&lt;/b&gt;\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
    }

    async Task IAsyncLifetime.InitializeAsync() => _github = await FakeGitHubApi.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_github is not null)
        {
            await _github.DisposeAsync();
        }
    }

    private Dictionary<string, string?> WithGitHub() => new(PlainTimeline)
    {
        ["GitHub:Token"] = "test-token",
        ["GitHub:ApiUrl"] = GitHubApi.ApiUrl.AbsoluteUri,
    };
}

public sealed class SqliteAdrScenarios() : AdrScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresAdrScenarios(PostgresFixture server) : AdrScenarios(new PostgresDatabases(server));
