using Coordination.Core.Decisions;
using Coordination.Core.Documentation;
using Coordination.Core.Requests;

namespace Coordination.Core.Tests.Documentation;

public class AdrDocumentTests
{
    private static readonly DateTimeOffset At = Instants.Utc(2026, 12, 7, 10, 30);

    private readonly Team _team = new();

    private Decision Decide(string text, DecisionDetails? details = null, int number = 4) =>
        Decision.Record(_team.Workspace.Id, number, text, _team.Alice, Team.Thread, At, details ?? new DecisionDetails());

    [Fact]
    public void ToMarkdown_FullDecision_MadrSectionsInOrder()
    {
        var settles = _team.Ask(At.AddDays(-2), Team.Plain(), _team.Bob);
        var decision = Decide("Use Postgres. It is what we run.", new DecisionDetails("ops knows it", "Postgres\nSQL Server; SQLite", _team.Carol));
        var step = CoordinationRequest.Ask(_team.Workspace, "Migrate the data", _team.Alice, [_team.Bob], Team.Thread, At, Team.Plain(), dueAt: Instants.Utc(2026, 12, 10));
        decision.NextSteps.Add(step);

        var markdown = new AdrDocument(decision, settles, new Uri("https://acme.slack.com/archives/C1/p100")).ToMarkdown();

        Assert.Equal(
            "---\nstatus: \"accepted\"\ndate: 2026-12-07\ndecision-makers: \"Alice, Carol\"\n---\n\n"
            + "# Use Postgres\n\n"
            + $"## Context and Problem Statement\n\n{settles.Key}, asked by Alice: Review the rollout plan\n\n"
            + "## Considered Options\n\n* Postgres\n* SQL Server\n* SQLite\n\n"
            + "## Decision Outcome\n\nChosen option: \"Use Postgres. It is what we run.\", because ops knows it\n\n"
            + $"### Consequences\n\n* {step.Key} Migrate the data (Bob, due 2026-12-10, open)\n\n"
            + "## More Information\n\nD-4 was recorded by Alice on 2026-12-07 10:30 UTC [in the thread](https://acme.slack.com/archives/C1/p100).\n",
            markdown);
    }

    [Fact]
    public void ToMarkdown_NoOptionsNoStepsNoLink_SaysSoAndLeavesOptionsOut()
    {
        var markdown = new AdrDocument(Decide("ship friday")).ToMarkdown();

        Assert.DoesNotContain("## Considered Options", markdown, StringComparison.Ordinal);
        Assert.Contains("* No next step was recorded yet.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Chosen option: \"ship friday\".", markdown, StringComparison.Ordinal);
        Assert.EndsWith("on 2026-12-07 10:30 UTC in the chat.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_HtmlAndBlockMarkersInPeoplesText_Escaped()
    {
        var decision = Decide("<script>alert(1)</script> & more", new DecisionDetails("# not a heading\n---", "<img src=x>"));

        var markdown = new AdrDocument(decision).ToMarkdown();

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", markdown, StringComparison.Ordinal);
        Assert.Contains("# &lt;script&gt;alert(1)&lt;/script&gt; &amp; more\n", markdown, StringComparison.Ordinal);
        Assert.Contains("because \\# not a heading ---", markdown, StringComparison.Ordinal);
        Assert.Contains("* &lt;img src=x&gt;\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_QuoteInDecisionMakerName_FrontMatterStaysOneQuotedValue()
    {
        _team.Alice.Rename("Al \"the\" ice");

        var markdown = new AdrDocument(Decide("x")).ToMarkdown();

        Assert.Contains("decision-makers: \"Al \\\"the\\\" ice\"\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, "Use Postgres", "0004-use-postgres.md")]
    [InlineData(12, "Adopt gRPC (v2) for the API!", "0012-adopt-grpc-v2-for-the-api.md")]
    [InlineData(7, "Café über naïve", "0007-cafe-uber-naive.md")]
    [InlineData(1, "???", "0001-decision.md")]
    [InlineData(12345, "x", "12345-x.md")]
    public void FileNameFor_NumberAndTitle_PaddedNumberAndSlug(int number, string title, string expected) =>
        Assert.Equal(expected, AdrDocument.FileNameFor(number, title));

    [Fact]
    public void Slug_LongTitle_CutAtAWordWithinTheLimit()
    {
        var slug = AdrDocument.Slug(string.Join(' ', Enumerable.Repeat("words", 30)));

        Assert.True(slug.Length <= AdrDocument.MaxSlugLength);
        Assert.EndsWith("words", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void FileName_FromTheDecision_FirstSentenceWithoutDatesOrFullStop()
    {
        var document = new AdrDocument(Decide("Use Postgres. Because.", number: 4));

        Assert.Equal("Use Postgres", document.Title);
        Assert.Equal("0004-use-postgres.md", document.FileName);
        Assert.Equal("docs/decisions/0004-use-postgres.md", document.RepositoryPath);
    }
}
