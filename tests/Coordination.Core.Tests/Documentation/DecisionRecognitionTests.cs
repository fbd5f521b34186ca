using static Coordination.Core.Tests.Documentation.Threads;

namespace Coordination.Core.Tests.Documentation;

public class DecisionRecognitionTests
{
    [Theory]
    [InlineData("decided: move the queue to Postgres", "move the queue to Postgres")]
    [InlineData("Decided: move the queue to Postgres", "move the queue to Postgres")]
    [InlineData("DECISION: move the queue to Postgres", "move the queue to Postgres")]
    [InlineData("decision:move the queue to Postgres", "move the queue to Postgres")]
    [InlineData("agreed: move the queue to Postgres", "move the queue to Postgres")]
    [InlineData("We decided to move the queue to Postgres", "move the queue to Postgres")]
    [InlineData("we decided that the queue moves to Postgres", "the queue moves to Postgres")]
    [InlineData("we've decided on Postgres for the queue", "Postgres for the queue")]
    [InlineData("we decided: Postgres", "Postgres")]
    [InlineData("We agreed to keep Redis for caching", "keep Redis for caching")]
    [InlineData("we'll go with Postgres", "go with Postgres")]
    [InlineData("We’ll go with Postgres", "go with Postgres")]
    [InlineData("let's go with option B", "go with option B")]
    [InlineData("Let’s go with option B", "go with option B")]
    [InlineData("LETS GO WITH option B", "GO WITH option B")]
    [InlineData("- decided: move the queue to Postgres", "move the queue to Postgres")]
    [InlineData("*Decision:* ship on Monday", "ship on Monday")]
    [InlineData("*Decided*: ship on Monday", "ship on Monday")]
    public void Summarize_DecisionForm_RecordsTheDecision(string line, string decision)
    {
        var record = One(line);

        Assert.Equal([decision], record.Decisions);
        Assert.Empty(record.ActionItems);
    }

    [Theory]
    [InlineData("No, let's go with Redis", "go with Redis")]
    [InlineData("yes — we decided to ship it", "ship it")]
    [InlineData("OK: agreed: weekly releases", "weekly releases")]
    public void Summarize_DecisionAfterYesOrNo_RecordsTheDecision(string line, string decision)
    {
        Assert.Equal([decision], One(line).Decisions);
    }

    [Theory]
    [InlineData("we decided to ship Friday?")]
    [InlineData("let's go with Postgres?")]
    public void Summarize_DecisionPhraseAsQuestion_IsAQuestionNotADecision(string line)
    {
        var record = One(line);

        Assert.Empty(record.Decisions);
        Assert.Equal([line], record.OpenQuestions);
    }

    [Theory]
    [InlineData("I decided nothing yet")]
    [InlineData("the decision is hard")]
    [InlineData("decided")]
    [InlineData("we agreed")]
    [InlineData("agreed!")]
    public void Summarize_NoDecisionMarker_RecordsNoDecision(string line)
    {
        Assert.Empty(One(line).Decisions);
    }

    [Fact]
    public void Summarize_SameDecisionTwice_ListedOnceInFirstWording()
    {
        var record = Summarize(
            Say("U1", "ana", "decided: Move the queue to Postgres", 0),
            Say("U2", "lee", "agreed: move the queue  to Postgres.", 1),
            Say("U2", "lee", "decided: keep Redis for caching", 2));

        Assert.Equal(["Move the queue to Postgres", "keep Redis for caching"], record.Decisions);
    }

    [Fact]
    public void Summarize_MentionInDecision_ShownAsNameNotPing()
    {
        var record = Summarize(
            Say("U1", "ana", "decided: <@U2|lee> owns the rollout, <@U3> reviews it", 0),
            Say("U3", "sam", "fine by me", 1));

        Assert.Equal(["@lee owns the rollout, @sam reviews it"], record.Decisions);
    }
}
