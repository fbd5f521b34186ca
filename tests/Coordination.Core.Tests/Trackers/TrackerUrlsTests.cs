using Coordination.Core.Trackers;

namespace Coordination.Core.Tests.Trackers;

public class TrackerUrlsTests
{
    [Theory]
    [InlineData("https://github.com/acme/api/issues/5", Tracker.GitHub, "acme/api#5")]
    [InlineData("https://github.com/Acme/API/pull/17/", Tracker.GitHub, "acme/api#17")]
    [InlineData("<https://github.com/acme/api/issues/5|acme/api#5>", Tracker.GitHub, "acme/api#5")]
    [InlineData("https://github.com/acme/api/issues/5?foo=bar#issuecomment-1", Tracker.GitHub, "acme/api#5")]
    [InlineData("https://acme.atlassian.net/browse/key-12", Tracker.Jira, "KEY-12")]
    [InlineData("https://jira.example.com/jira/browse/OPS-7", Tracker.Jira, "OPS-7")]
    [InlineData("https://linear.app/acme/issue/ENG-12/ship-the-beta", Tracker.Linear, "ENG-12")]
    [InlineData("https://linear.app/acme/issue/eng-12", Tracker.Linear, "ENG-12")]
    public void Read_IssueLink_TrackerAndCanonicalKey(string link, Tracker tracker, string key)
    {
        var reference = TrackerUrls.Read(link);

        Assert.NotNull(reference);
        Assert.Equal(tracker, reference.Tracker);
        Assert.Equal(key, reference.Key);
    }

    [Theory]
    [InlineData("http://github.com/acme/api/issues/5")]
    [InlineData("https://github.com/acme/api")]
    [InlineData("https://github.com/acme/api/issues/0")]
    [InlineData("https://github.com/acme/api/commit/abc")]
    [InlineData("https://evil.example/acme/api/issues/5")]
    [InlineData("https://user:pw@github.com/acme/api/issues/5")]
    [InlineData("https://linear.app/acme/project/x")]
    [InlineData("https://example.com/")]
    [InlineData("not a link")]
    [InlineData("")]
    public void Read_AnythingElse_Null(string link) => Assert.Null(TrackerUrls.Read(link));

    [Fact]
    public void Read_EnterpriseHostListed_ReadAsGitHub()
    {
        Assert.Null(TrackerUrls.Read("https://ghe.acme.example/acme/api/issues/5"));
        var reference = TrackerUrls.Read("https://ghe.acme.example/acme/api/issues/5", ["ghe.acme.example"]);

        Assert.Equal(Tracker.GitHub, reference?.Tracker);
        Assert.Equal("ghe.acme.example/acme/api/issues/5", reference?.Display);
    }

    [Fact]
    public void FindIn_AskText_EveryIssueOnceWithoutTrailingPunctuation()
    {
        var found = TrackerUrls.FindIn("review https://github.com/acme/api/pull/9, and KEY-3 (https://acme.atlassian.net/browse/KEY-3). Again https://github.com/acme/api/pull/9.");

        Assert.Equal(["acme/api#9", "KEY-3"], found.Select(r => r.Key));
        Assert.Equal("github.com/acme/api/pull/9", found[0].Display);
    }
}
