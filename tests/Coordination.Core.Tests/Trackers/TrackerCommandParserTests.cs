using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Trackers;

namespace Coordination.Core.Tests.Trackers;

public class TrackerCommandParserTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U1"), new ThreadRef("C1", null));

    private static ChatCommand Parse(string text) => CommandParser.Parse(text, Context);

    [Fact]
    public void Parse_LinkKeyAndUrl_LinkCommand()
    {
        var command = Assert.IsType<LinkRequestCommand>(Parse("link CR-12 <https://github.com/acme/api/issues/5>"));

        Assert.Equal(12, command.RequestNumber);
        Assert.Equal("<https://github.com/acme/api/issues/5>", command.Url);
        Assert.False(command.Remove);
    }

    [Fact]
    public void Parse_LinkRemove_RemoveCommand() =>
        Assert.True(Assert.IsType<LinkRequestCommand>(Parse("link CR-12 remove https://linear.app/a/issue/ENG-1")).Remove);

    [Theory]
    [InlineData("link")]
    [InlineData("link CR-12")]
    [InlineData("link CR-12 https://a https://b")]
    public void Parse_LinkWithoutKeyOrOneUrl_UsageOfLink(string text) => Assert.Equal("link", Assert.IsType<HelpCommand>(Parse(text)).Verb);

    [Fact]
    public void Parse_MeAlone_ShowsAccounts() => Assert.Null(Assert.IsType<TrackerAccountCommand>(Parse("me")).Tracker);

    [Theory]
    [InlineData("me github octocat", Tracker.GitHub, "octocat")]
    [InlineData("me jira bob@acme.example", Tracker.Jira, "bob@acme.example")]
    [InlineData("me linear b7c8d9e0-1a2b-4c3d-8e4f-5a6b7c8d9e0f", Tracker.Linear, "b7c8d9e0-1a2b-4c3d-8e4f-5a6b7c8d9e0f")]
    [InlineData("me jira 557058:f58131cb-b67d-43c7-b30d-6b58d40bd077", Tracker.Jira, "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077")]
    public void Parse_MeTrackerAccount_AccountCommand(string text, Tracker tracker, string account)
    {
        var command = Assert.IsType<TrackerAccountCommand>(Parse(text));

        Assert.Equal(tracker, command.Tracker);
        Assert.Equal(account, command.Account);
    }

    [Theory]
    [InlineData("me github")]
    [InlineData("me github a b")]
    [InlineData("me github <script>")]
    public void Parse_MeTrackerWithoutOneAccount_UsageOfMe(string text) => Assert.Equal("me", Assert.IsType<HelpCommand>(Parse(text)).Verb);

    [Fact]
    public void Parse_MeFollowedByOtherWords_NotATrackerCommand() => Assert.IsNotType<TrackerAccountCommand>(Parse("me too"));

    [Fact]
    public void Parse_AdrDecisionAndRepository_OpenAdrCommand()
    {
        var command = Assert.IsType<OpenAdrCommand>(Parse("adr D-4 acme/api"));

        Assert.Equal(4, command.DecisionNumber);
        Assert.Equal("acme/api", command.Repository);
    }

    [Theory]
    [InlineData("adr")]
    [InlineData("adr CR-4 acme/api")]
    [InlineData("adr D-4")]
    [InlineData("adr D-4 acme")]
    [InlineData("adr D-4 ../../etc")]
    public void Parse_AdrWithoutDecisionOrRepository_UsageOfAdr(string text) => Assert.Equal("adr", Assert.IsType<HelpCommand>(Parse(text)).Verb);

    [Fact]
    public void ToCommand_AdrButton_AdrFileCommandForTheDecision() =>
        Assert.Equal(4, Assert.IsType<AdrFileCommand>(ButtonPress.ToCommand(MessageButton.AdrFile, "D-4", Context)).DecisionNumber);
}
