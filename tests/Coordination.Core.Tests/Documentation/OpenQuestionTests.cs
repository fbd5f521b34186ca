using static Coordination.Core.Tests.Documentation.Threads;

namespace Coordination.Core.Tests.Documentation;

public class OpenQuestionTests
{
    private const string Question = "Should the cutover happen on a weekend?";

    [Fact]
    public void Summarize_UnansweredQuestion_IsOpen()
    {
        var record = Summarize(Say("U1", "ana", Question, 0), Say("U2", "lee", "good point, let me think", 1));

        Assert.Equal([Question], record.OpenQuestions);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("Yes, Saturday morning")]
    [InlineData("NO.")]
    [InlineData("nope, weekdays only")]
    [InlineData("yep")]
    [InlineData("<@U1|ana> yes, Saturday")]
    [InlineData("- no, never on a weekend")]
    public void Summarize_LaterYesOrNoBySomeoneElse_ClosesTheQuestion(string answer)
    {
        var record = Summarize(Say("U1", "ana", Question, 0), Say("U2", "lee", answer, 1));

        Assert.Empty(record.OpenQuestions);
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("nobody likes weekends")]
    [InlineData("yesterday was a weekend")]
    public void Summarize_ReplyStartingWithAnotherWord_LeavesItOpen(string answer)
    {
        var record = Summarize(Say("U1", "ana", Question, 0), Say("U2", "lee", answer, 1));

        Assert.Equal([Question], record.OpenQuestions);
    }

    [Fact]
    public void Summarize_AskerSaysYesThemselves_StaysOpen()
    {
        var record = Summarize(Say("U1", "ana", Question, 0), Say("U2", "lee", "hmm", 1), Say("U1", "ana", "yes, I think so", 2));

        Assert.Equal([Question], record.OpenQuestions);
    }

    [Fact]
    public void Summarize_YesBeforeTheQuestion_DoesNotAnswerIt()
    {
        var record = Summarize(Say("U2", "lee", "yes", 0), Say("U1", "ana", Question, 1));

        Assert.Equal([Question], record.OpenQuestions);
    }

    [Fact]
    public void Summarize_LaterDecisionByAnyone_ClosesEarlierQuestions()
    {
        var record = Summarize(
            Say("U1", "ana", Question, 0),
            Say("U2", "lee", "Redis or Postgres?", 1),
            Say("U1", "ana", "decided: Postgres, cutover on a Tuesday", 2),
            Say("U2", "lee", "Who tells support?", 3));

        Assert.Equal(["Who tells support?"], record.OpenQuestions);
    }

    [Theory]
    [InlineData("&gt; Should the cutover happen on a weekend?\nSaturday, when traffic is lowest")]
    [InlineData("> the cutover happen on a weekend\nSaturday")]
    [InlineData("&gt;&gt;&gt; Should the cutover happen on a weekend?\nShould it?")]
    public void Summarize_QuotedBySomeoneElse_ClosesItAndTheQuoteIsNoQuestion(string reply)
    {
        var record = Summarize(Say("U1", "ana", Question, 0), Say("U2", "lee", reply, 1));

        Assert.Empty(record.OpenQuestions);
    }

    [Fact]
    public void Summarize_QuoteOfSomethingElse_LeavesItOpen()
    {
        var record = Summarize(Say("U1", "ana", Question, 0), Say("U2", "lee", "> weekend\nmaybe", 1));

        Assert.Equal([Question], record.OpenQuestions);
    }

    [Theory]
    [InlineData("open question: who signs off on the cutover", "who signs off on the cutover")]
    [InlineData("Open questions: does legal need to review?", "does legal need to review?")]
    [InlineData("TBD who owns on-call", "who owns on-call")]
    [InlineData("TBD: which customers are still on IE11", "which customers are still on IE11")]
    [InlineData("launch date TBD", "launch date TBD")]
    public void Summarize_MarkedOpenQuestion_StaysOpenAfterAYes(string line, string question)
    {
        var record = Summarize(Say("U1", "ana", line, 0), Say("U2", "lee", "yes", 1));

        Assert.Equal([question], record.OpenQuestions);
    }

    [Fact]
    public void Summarize_LineWithStatementThenQuestion_KeepsFromTheQuestion()
    {
        var record = One("Depends on the enterprise contracts. Who knows the renewal dates? Or the owners?");

        Assert.Equal(["Who knows the renewal dates? Or the owners?"], record.OpenQuestions);
    }

    [Theory]
    [InlineData("?")]
    [InlineData("??")]
    [InlineData("Should we? 🤔")]
    public void Summarize_NoWordsOrNotEndingInQuestionMark_NotAQuestion(string line)
    {
        Assert.Empty(One(line).OpenQuestions);
    }
}
