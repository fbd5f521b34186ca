using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Core.Tests.Commands;

public sealed class FollowUpFormTests
{
    private static readonly CommandContext Ann = new(ChatPlatform.Slack, "T1", new PersonRef("UANN"), new ThreadRef("C1", "1.000100"));

    [Fact]
    public void Read_FromAMessage_AnAskInItsThreadWithItsLink()
    {
        var ask = Assert.IsType<AskCommand>(Read(new FormState(Ann.Where), (FollowUpForm.Title, "  Review the plan "), (FollowUpForm.Stakeholders, "UBOB UANN UCAR"), (FollowUpForm.Due, "2026-12-18"), (FollowUpForm.Source, "https://a.slack.com/archives/C1/p1000100")));

        Assert.Equal(("Review the plan", Ann.Where), (ask.Title, ask.Context.Where));
        Assert.Equal(["UBOB", "UCAR"], ask.Stakeholders.Select(p => p.PlatformUserId));
        Assert.Equal(new DateOnly(2026, 12, 18), ask.Due!.On);
        Assert.Equal("https://a.slack.com/archives/C1/p1000100", ask.Source);
    }

    [Theory]
    [InlineData("", "UBOB", null, FollowUpForm.Title)]
    [InlineData("Review", "", null, FollowUpForm.Stakeholders)]
    [InlineData("Review", "UANN", null, FollowUpForm.Stakeholders)]
    [InlineData("Review", "UBOB", "", FollowUpForm.Channel)]
    public void Read_SomethingMissing_TheFieldToFix(string title, string people, string? channel, string field)
    {
        var state = channel is null ? new FormState(Ann.Where) : new FormState(new ThreadRef("D1", null));

        var problem = Assert.IsType<FormProblemCommand>(Read(state, (FollowUpForm.Title, title), (FollowUpForm.Stakeholders, people), (FollowUpForm.Channel, channel ?? string.Empty)));

        Assert.Equal(field, problem.Field);
    }

    [Fact]
    public void Read_WithAChosenChannel_AnAskPostedThere()
    {
        var ask = Assert.IsType<AskCommand>(Read(new FormState(new ThreadRef("D1", null)), (FollowUpForm.Title, "Review"), (FollowUpForm.Stakeholders, "UBOB"), (FollowUpForm.Channel, "C9")));

        Assert.Equal(new ThreadRef("C9", null), ask.Context.Where);
    }

    [Fact]
    public void WithSource_OnlyTheAdaptersLinkIsKept()
    {
        var values = FollowUpForm.WithSource(new Dictionary<string, string> { [FollowUpForm.Source] = "https://evil.test" }, null);

        Assert.False(values.ContainsKey(FollowUpForm.Source));
    }

    [Theory]
    [InlineData("<@UBOB> can you   check it?", "@Bob can you check it?")]
    [InlineData("<@UX|someone> and <@UY>", "@someone and @UY")]
    public void TitleFrom_MessageWords_PeopleNamedOnOneLine(string text, string expected) =>
        Assert.Equal(expected, FollowUpForm.TitleFrom(text, [new Mention("UBOB", "Bob")]));

    [Fact]
    public void TitleFrom_LongerThanATitle_CutToTheLimit() =>
        Assert.Equal(CommandParser.MaxTitleLength, FollowUpForm.TitleFrom(new string('a', 900), []).Length);

    private static ChatCommand Read(FormState state, params (string Field, string Value)[] values) =>
        FollowUpForm.Read(new SubmitFormCommand(Ann, FollowUpForm.Kind, state, values.ToDictionary(v => v.Field, v => v.Value)), Ann);
}
