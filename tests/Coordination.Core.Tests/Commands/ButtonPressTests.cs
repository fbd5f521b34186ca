using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Core.Tests.Commands;

public sealed class ButtonPressTests
{
    private static readonly CommandContext Presser = new(ChatPlatform.Local, "T1", new PersonRef("U9", "Pat"), new ThreadRef("#c", null));

    [Fact]
    public void Parse_HalfUnderstoodText_KeepsTheWordsForTheButtons()
    {
        var confirm = Assert.IsType<ConfirmCommand>(CommandParser.Parse("follow up with <@U1> on the launch friday", Presser));

        Assert.Equal("follow up with <@U1> on the launch friday", confirm.Text);
        Assert.Equal([MessageButton.Confirm, MessageButton.Edit], MessageButton.ForConfirmation(confirm.Text).Select(b => b.Action));
    }

    [Fact]
    public void ToCommand_Confirm_WhatTheWordsWereUnderstoodAsForThePresser()
    {
        var ask = Assert.IsType<AskCommand>(ButtonPress.ToCommand(MessageButton.Confirm, "follow up with <@U1> on the launch friday", Presser));

        Assert.Equal("the launch", ask.Title);
        Assert.Equal([new PersonRef("U1")], ask.Stakeholders);
        Assert.NotNull(ask.Due);
        Assert.Same(Presser, ask.Context);
    }

    [Fact]
    public void ToCommand_ConfirmOfWordsNowPlain_ThatCommand()
    {
        Assert.IsType<ListCommand>(ButtonPress.ToCommand(MessageButton.Confirm, "list waiting", Presser));
    }

    [Fact]
    public void ToCommand_Edit_HelpQuotingTheWords()
    {
        var help = Assert.IsType<HelpCommand>(ButtonPress.ToCommand(MessageButton.Edit, "follow up with <@U1>", Presser));

        Assert.Contains("follow up with <@U1>", help.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MessageButton.Confirm, "")]
    [InlineData("unknown", "follow up with <@U1>")]
    public void ToCommand_NothingToConfirmOrNotOurs_Null(string action, string value)
    {
        Assert.Null(ButtonPress.ToCommand(action, value, Presser));
    }
}
