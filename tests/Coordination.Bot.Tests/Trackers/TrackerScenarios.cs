using System.Net;
using Coordination.Bot.Tests.Scenarios;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Core.Trackers;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using static Coordination.Bot.Tests.People;
using static Coordination.Bot.Tests.Trackers.TrackerFixtures;

namespace Coordination.Bot.Tests.Trackers;

/// <summary>Requests linked to tracker issues, resolved and answered by the trackers' signed webhooks, through the host.</summary>
public abstract class TrackerScenarios(ITestDatabases databases) : HostScenarios(databases)
{
    private const string IssueUrl = "https://github.com/codinasion/codinasion-bot/issues/2";
    private const string IssuesClosed = "github_issues_closed.payload.json";

    [Fact]
    public async Task GitHubIssueClosed_LinkedRequest_ResolvedWithTheTrailLineAndTheThreadTold()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, "Add a welcome message");
        var linked = await app.SendAsync(new LinkRequestCommand(As(Alice), 1, IssueUrl));

        using var response = await app.CreateClient().SendAsync(GitHub("issues", Bytes(IssuesClosed), DerivedSignature(IssuesClosed)));
        await app.DeliverAsync();

        Assert.True(linked.Succeeded, linked.Text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = await RequestAsync(app);
        Assert.Equal(RequestStatus.Resolved, request.Status);
        Assert.Contains(request.Attempts, a => a.Note == "resolved by github.com/codinasion/codinasion-bot/issues/2 closing");
        Assert.Contains(Sent(app), m => m.Text == "CR-1 resolved: github.com/codinasion/codinasion-bot/issues/2 was closed.");
        Assert.Contains(Sent(app), m => m.Text.Contains("linked CR-1 to github.com/codinasion/codinasion-bot/issues/2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GitHubPullRequestMerged_LinkInTheAsk_Resolved()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, "Review https://github.com/codinasion/codinasion-bot-try/pull/14 please");
        const string Merged = "github_pull_request_closed_merged.payload.json";

        using var response = await app.CreateClient().SendAsync(GitHub("pull_request", Bytes(Merged), DerivedSignature(Merged)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = await RequestAsync(app);
        Assert.Equal(RequestStatus.Resolved, request.Status);
        Assert.Contains(request.Attempts, a => a.Note == "resolved by github.com/codinasion/codinasion-bot-try/pull/14 merging");
        var status = await app.SendAsync(new StatusCommand(As(Bob), 1));
        Assert.Contains("Linked: codinasion/codinasion-bot-try#14 (github.com/codinasion/codinasion-bot-try/pull/14)", status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitHubComment_ByALinkedStakeholder_CountsAsTheirAnswer()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, $"Check {IssueUrl}");
        var me = await app.SendAsync(new TrackerAccountCommand(As(Bob), Tracker.GitHub, "octocat"));
        var body = Bytes("github_issue_comment_created.json");

        using var response = await app.CreateClient().SendAsync(GitHub("issue_comment", body, Sign(GitHubSecret, body)));

        Assert.True(me.Succeeded, me.Text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = await RequestAsync(app);
        Assert.Equal(RequestStatus.Open, request.Status);
        Assert.Equal(StakeholderState.Responded, Assert.Single(request.Stakeholders).State);
        Assert.Contains(request.Attempts, a => a.Kind == AttemptKind.Response && a.Note == "answered on github.com/codinasion/codinasion-bot/issues/2");
        Assert.DoesNotContain(Sent(app), m => m.Text.Contains("<script>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GitHubComment_ByAnAccountNobodyLinked_ChangesNothing()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, $"Check {IssueUrl}");
        var body = Bytes("github_issue_comment_created.json");

        using var response = await app.CreateClient().SendAsync(GitHub("issue_comment", body, Sign(GitHubSecret, body)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StakeholderState.Waiting, Assert.Single((await RequestAsync(app)).Stakeholders).State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha1=7d38cdd689735b008b3c702edd92eea23791c5f6")]
    public async Task GitHubDelivery_UnsignedOrWronglySigned_401AndNothingChanges(string? signature)
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, $"Check {IssueUrl}");

        using var response = await app.CreateClient().SendAsync(GitHub("issues", Bytes(IssuesClosed), signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(RequestStatus.Open, (await RequestAsync(app)).Status);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<Data.Inbox.TrackerDelivery>().CountAsync()));
    }

    [Fact]
    public async Task GitHubDelivery_MalformedSignedBody_400AndNothingChanges()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, $"Check {IssueUrl}");
        var body = "{\"action\":\"closed\",\"issue\":{\"number\":2}}"u8.ToArray();

        using var response = await app.CreateClient().SendAsync(GitHub("issues", body, Sign(GitHubSecret, body)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(RequestStatus.Open, (await RequestAsync(app)).Status);
    }

    [Fact]
    public async Task GitHubDelivery_IssueNotLinked_OtherRequestsUntouched()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, "Check https://github.com/codinasion/codinasion-bot/issues/3");

        using var response = await app.CreateClient().SendAsync(GitHub("issues", Bytes(IssuesClosed), DerivedSignature(IssuesClosed)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RequestStatus.Open, (await RequestAsync(app)).Status);
    }

    [Fact]
    public async Task GitHubDelivery_SameDeliveryTwice_ActedOnOnce()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, $"Check {IssueUrl}");
        var delivery = Guid.NewGuid().ToString();
        var body = Bytes("github_issue_comment_created.json");
        await app.SendAsync(new TrackerAccountCommand(As(Bob), Tracker.GitHub, "octocat"));

        using var first = await app.CreateClient().SendAsync(GitHub("issue_comment", body, Sign(GitHubSecret, body), delivery));
        using var second = await app.CreateClient().SendAsync(GitHub("issue_comment", body, Sign(GitHubSecret, body), delivery));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single((await RequestAsync(app)).Attempts, a => a.Kind == AttemptKind.Response);
    }

    [Fact]
    public async Task Link_ByAnyoneTheRequestDoesNotInvolve_RefusedAndNothingLinked()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, "Add a welcome message");

        var reply = await app.SendAsync(new LinkRequestCommand(As(Carol), 1, IssueUrl));
        var notAnIssue = await app.SendAsync(new LinkRequestCommand(As(Alice), 1, "https://example.com/whatever"));

        Assert.False(reply.Succeeded);
        Assert.False(notAnIssue.Succeeded);
        Assert.Contains("GitHub issue or pull request", notAnIssue.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<RequestLink>().CountAsync()));
    }

    [Fact]
    public async Task Me_AccountAlreadySomeoneElses_RefusedAndMeAloneShowsOwn()
    {
        var app = await StartAsync(Settings);
        await app.SendAsync(new TrackerAccountCommand(As(Bob), Tracker.GitHub, "octocat"));

        var taken = await app.SendAsync(new TrackerAccountCommand(As(Carol), Tracker.GitHub, "OctoCat"));
        var shown = await app.SendAsync(new TrackerAccountCommand(As(Bob)));

        Assert.False(taken.Succeeded);
        Assert.Contains("GitHub `octocat`", shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JiraIssueMovedToDone_SignedEitherWay_Resolves()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, "Ship it, see https://acme.atlassian.net/browse/KEY-12");
        await AskAsync(app, "And https://acme.atlassian.net/browse/KEY-13");
        var body = Bytes("jira_issue_updated_done.json");
        var other = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(body).Replace("KEY-12", "KEY-13", StringComparison.Ordinal));

        using var hub = await app.CreateClient().SendAsync(Jira(body, hubSignature: Sign(JiraSecret, body)));
        using var jwt = await app.CreateClient().SendAsync(Jira(other, jwt: Jwt(JiraSecret, JiraIssuer, app.Clock.GetUtcNow().AddMinutes(3))));

        Assert.Equal(HttpStatusCode.OK, hub.StatusCode);
        Assert.Equal(HttpStatusCode.OK, jwt.StatusCode);
        var requests = await app.QueryAsync(db => db.Requests.Include(r => r.Attempts).OrderBy(r => r.Number).ToListAsync());
        Assert.All(requests, r => Assert.Equal(RequestStatus.Resolved, r.Status));
        Assert.Contains(requests[0].Attempts, a => a.Note == "resolved by acme.atlassian.net/browse/KEY-12 done");
    }

    [Fact]
    public async Task JiraDelivery_ExpiredJwtOrNoSignature_401AndNothingChanges()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, "Ship it, see https://acme.atlassian.net/browse/KEY-12");
        var body = Bytes("jira_issue_updated_done.json");

        using var expired = await app.CreateClient().SendAsync(Jira(body, jwt: Jwt(JiraSecret, JiraIssuer, app.Clock.GetUtcNow().AddMinutes(-1))));
        using var unsigned = await app.CreateClient().SendAsync(Jira(body));

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(RequestStatus.Open, (await RequestAsync(app)).Status);
    }

    [Fact]
    public async Task JiraComment_ByALinkedStakeholder_Answers()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, "Ship it, see https://acme.atlassian.net/browse/KEY-12");
        await app.SendAsync(new TrackerAccountCommand(As(Bob), Tracker.Jira, "5b10ac8d82e05b22cc7d4ef5"));
        var body = Bytes("jira_comment_created.json");

        using var response = await app.CreateClient().SendAsync(Jira(body, hubSignature: Sign(JiraSecret, body)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StakeholderState.Responded, Assert.Single((await RequestAsync(app)).Stakeholders).State);
    }

    [Fact]
    public async Task LinearIssueCompletedAndComment_SignedAndFresh_ResolvesAfterTheAnswer()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, "Ship https://linear.app/acme/issue/ENG-12/ship-the-beta");
        await app.SendAsync(new TrackerAccountCommand(As(Bob), Tracker.Linear, "bob@acme.example"));
        var comment = Bytes("linear_comment_create.json");
        var completed = Bytes("linear_issue_update_completed.json");

        using var answered = await app.CreateClient().SendAsync(Linear(comment, WebhookSignature.HexHmacSha256(LinearSecret, comment)));
        using var resolved = await app.CreateClient().SendAsync(Linear(completed, WebhookSignature.HexHmacSha256(LinearSecret, completed)));

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var request = await RequestAsync(app);
        Assert.Equal(RequestStatus.Resolved, request.Status);
        Assert.Contains(request.Attempts, a => a.Note == "answered on linear.app/acme/issue/ENG-12/ship-the-beta");
        Assert.Contains(request.Attempts, a => a.Note == "resolved by linear.app/acme/issue/ENG-12/ship-the-beta completed");
    }

    [Fact]
    public async Task LinearDelivery_StaleOrWronglySigned_401AndNothingChanges()
    {
        var app = await StartAsync(Settings);
        await AskAsync(app, "Ship https://linear.app/acme/issue/ENG-12/ship-the-beta");
        var body = Bytes("linear_issue_update_completed.json");

        using var wrong = await app.CreateClient().SendAsync(Linear(body, WebhookSignature.HexHmacSha256("another-secret-0123456789", body)));
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        using var stale = await app.CreateClient().SendAsync(Linear(body, WebhookSignature.HexHmacSha256(LinearSecret, body)));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(RequestStatus.Open, (await RequestAsync(app)).Status);
    }

    [Fact]
    public async Task Hooks_NoSecretConfigured_404()
    {
        var app = await StartAsync(PlainTimeline);
        var body = Bytes(IssuesClosed);

        using var github = await app.CreateClient().SendAsync(GitHub("issues", body, DerivedSignature(IssuesClosed)));
        using var linear = await app.CreateClient().SendAsync(Linear(body, null));

        Assert.Equal(HttpStatusCode.NotFound, github.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, linear.StatusCode);
    }

    private static async Task AskAsync(BotApp app, string title)
    {
        var reply = await app.SendAsync(new AskCommand(As(Alice), title, [Bob]));
        Assert.True(reply.Succeeded, reply.Text);
        await app.DeliverAsync();
    }

    private static Task<CoordinationRequest> RequestAsync(BotApp app) =>
        app.QueryAsync(db => db.Requests.Include(r => r.Stakeholders).Include(r => r.Attempts).OrderBy(r => r.Number).FirstAsync());
}

public sealed class SqliteTrackerScenarios() : TrackerScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresTrackerScenarios(PostgresFixture server) : TrackerScenarios(new PostgresDatabases(server));
