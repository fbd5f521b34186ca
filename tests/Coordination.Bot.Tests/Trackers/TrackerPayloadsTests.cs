using System.Text;
using System.Text.Json;
using Coordination.Bot.Trackers;
using Coordination.Core.Trackers;

namespace Coordination.Bot.Tests.Trackers;

public class TrackerPayloadsTests
{
    private static readonly DateTimeOffset Now = BotApp.Thursday;

    private static JsonElement Root(string file) => JsonDocument.Parse(TrackerFixtures.Bytes(file)).RootElement;

    [Fact]
    public void Signature_DocsTestVectorFixture_Matches()
    {
        var vector = Root("github_hmac_test_vector_docs.json");

        Assert.True(WebhookSignature.Matches(vector.GetProperty("secret").GetString(), Encoding.UTF8.GetBytes(vector.GetProperty("payload").GetString()!), vector.GetProperty("expected_x_hub_signature_256").GetString(), "sha256="));
    }

    [Theory]
    [InlineData("github_issues_closed.payload.json")]
    [InlineData("github_pull_request_closed_merged.payload.json")]
    public void Signature_DerivedForTheSampleBytes_Matches(string file) =>
        Assert.True(WebhookSignature.Matches(TrackerFixtures.GitHubSecret, TrackerFixtures.Bytes(file), TrackerFixtures.DerivedSignature(file), "sha256="));

    [Fact]
    public void GitHub_IssuesClosedSample_ResolvesByClosing()
    {
        var change = TrackerPayloads.GitHub("issues", Root("github_issues_closed.payload.json"));

        Assert.Equal(new TrackerEvent(Tracker.GitHub, "codinasion/codinasion-bot#2", "github.com/codinasion/codinasion-bot/issues/2", TrackerEventKind.Resolves, "closing"), change);
    }

    [Fact]
    public void GitHub_MergedPullRequestSample_ResolvesByMerging()
    {
        var change = TrackerPayloads.GitHub("pull_request", Root("github_pull_request_closed_merged.payload.json"));

        Assert.Equal(TrackerEventKind.Resolves, change?.Kind);
        Assert.Equal("merging", change?.Word);
        Assert.Equal("codinasion/codinasion-bot-try#14", change?.Key);
    }

    [Fact]
    public void GitHub_PullRequestClosedUnmerged_TrailNoteOnly()
    {
        var body = Encoding.UTF8.GetString(TrackerFixtures.Bytes("github_pull_request_closed_merged.payload.json")).Replace("\"merged\": true", "\"merged\": false", StringComparison.Ordinal);

        var change = TrackerPayloads.GitHub("pull_request", JsonDocument.Parse(body).RootElement);

        Assert.Equal(TrackerEventKind.Note, change?.Kind);
        Assert.Equal("github.com/codinasion/codinasion-bot-try/pull/14 closed without merging", change?.TrailNote);
    }

    [Fact]
    public void GitHub_IssueClosedAsNotPlanned_ResolvesWithThatWord()
    {
        var body = Encoding.UTF8.GetString(TrackerFixtures.Bytes("github_issues_closed.payload.json")).Replace("\"state_reason\": \"completed\"", "\"state_reason\": \"not_planned\"", StringComparison.Ordinal);

        Assert.Equal("not_planned", TrackerPayloads.GitHub("issues", JsonDocument.Parse(body).RootElement)?.Word);
    }

    [Fact]
    public void GitHub_CommentCreated_CommentByTheLogin()
    {
        var change = TrackerPayloads.GitHub("issue_comment", Root("github_issue_comment_created.json"));

        Assert.Equal(TrackerEventKind.Comment, change?.Kind);
        Assert.Equal(["Octocat"], change?.Accounts);
        Assert.Equal("answered on github.com/codinasion/codinasion-bot/issues/2", change?.TrailNote);
    }

    [Theory]
    [InlineData("ping")]
    [InlineData("push")]
    [InlineData("issues")]
    public void GitHub_OtherEventsOrActions_Ignored(string eventName) =>
        Assert.Null(TrackerPayloads.GitHub(eventName, JsonDocument.Parse("""{"action":"opened","issue":{}}""").RootElement));

    [Fact]
    public void Jira_IssueUpdatedToDone_Resolves()
    {
        var change = TrackerPayloads.Jira(Root("jira_issue_updated_done.json"));

        Assert.Equal(new TrackerEvent(Tracker.Jira, "KEY-12", "acme.atlassian.net/browse/KEY-12", TrackerEventKind.Resolves, "done"), change);
    }

    [Fact]
    public void Jira_CommentCreated_CommentByTheAccountId() =>
        Assert.Equal(["5b10ac8d82e05b22cc7d4ef5"], TrackerPayloads.Jira(Root("jira_comment_created.json"))?.Accounts);

    [Fact]
    public void Linear_IssueCompleted_Resolves()
    {
        var change = TrackerPayloads.Linear(Root("linear_issue_update_completed.json"));

        Assert.Equal(new TrackerEvent(Tracker.Linear, "ENG-12", "linear.app/acme/issue/ENG-12/ship-the-beta", TrackerEventKind.Resolves, "completed"), change);
    }

    [Fact]
    public void Linear_CommentCreated_CommentByTheUserIdAndEmail() =>
        Assert.Equal(["b7c8d9e0-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "bob@acme.example"], TrackerPayloads.Linear(Root("linear_comment_create.json"))?.Accounts);

    [Fact]
    public void LinearTimestamp_FixtureAtTheTestsClock_FreshThenStaleAfterAMinute()
    {
        var body = TrackerFixtures.Bytes("linear_issue_update_completed.json");

        Assert.True(LinearTimestamp.IsFresh(body, Now, TimeSpan.FromSeconds(60)));
        Assert.False(LinearTimestamp.IsFresh(body, Now.AddSeconds(61), TimeSpan.FromSeconds(60)));
        Assert.False(LinearTimestamp.IsFresh("{}"u8, Now, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void JiraJwt_SignedByTheSharedSecret_ValidUntilItExpires()
    {
        var jwt = TrackerFixtures.Jwt(TrackerFixtures.JiraSecret, TrackerFixtures.JiraIssuer, Now.AddMinutes(3));

        Assert.True(JiraJwt.IsValid("JWT " + jwt, TrackerFixtures.JiraSecret, TrackerFixtures.JiraIssuer, Now));
        Assert.False(JiraJwt.IsValid("JWT " + jwt, TrackerFixtures.JiraSecret, TrackerFixtures.JiraIssuer, Now.AddMinutes(4)));
        Assert.False(JiraJwt.IsValid("JWT " + jwt, TrackerFixtures.JiraSecret, "jira:someone-else", Now));
        Assert.False(JiraJwt.IsValid("JWT " + jwt, "another-secret-0123456789", TrackerFixtures.JiraIssuer, Now));
        Assert.False(JiraJwt.IsValid("Bearer " + jwt, TrackerFixtures.JiraSecret, TrackerFixtures.JiraIssuer, Now));
    }

    [Fact]
    public void JiraJwt_OtherAlgorithmOrGarbage_Refused()
    {
        var none = TrackerFixtures.Jwt(TrackerFixtures.JiraSecret, TrackerFixtures.JiraIssuer, Now.AddMinutes(3), "none");

        Assert.False(JiraJwt.IsValid("JWT " + none, TrackerFixtures.JiraSecret, TrackerFixtures.JiraIssuer, Now));
        Assert.False(JiraJwt.IsValid("JWT a.b.c", TrackerFixtures.JiraSecret, TrackerFixtures.JiraIssuer, Now));
        Assert.False(JiraJwt.IsValid("JWT !!!", TrackerFixtures.JiraSecret, TrackerFixtures.JiraIssuer, Now));
    }
}
