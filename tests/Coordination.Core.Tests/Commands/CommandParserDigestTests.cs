using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Core.Tests.Commands;

public sealed class CommandParserDigestTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("C1", null));

    [Theory]
    [InlineData("digest channel <#C0123|eng-leads>", "C0123")]
    [InlineData("digest channel <#C0123>", "C0123")]
    [InlineData("digest channel <##eng-leads>", "#eng-leads")]
    [InlineData("digest channel here", "C1")]
    [InlineData("Digest Channel this", "C1")]
    public void Parse_DigestChannel_NamesTheChannel(string text, string channel) =>
        Assert.Equal(channel, Assert.IsType<DigestChannelCommand>(CommandParser.Parse(text, Context)).Channel);

    [Fact]
    public void Parse_DigestNowAndAlone_PostOneOrTellWhere()
    {
        Assert.IsType<DigestNowCommand>(CommandParser.Parse("digest now", Context));
        Assert.IsType<DigestInfoCommand>(CommandParser.Parse("digest", Context));
    }

    [Theory]
    [InlineData("digest weekly", "`digest` takes `now` or `channel`")]
    [InlineData("digest now please", "`digest now` takes nothing else")]
    [InlineData("digest channel", "Name one channel")]
    [InlineData("digest channel #eng", "I can't read `#eng` as a channel")]
    [InlineData("digest channel <#C1> <#C2>", "Name one channel")]
    [InlineData("meeting", "needs a request key")]
    [InlineData("meeting CR-1 CR-2", "`meeting` takes only a request key")]
    public void Parse_MalformedDigestOrMeeting_ExplainsTheProblem(string text, string problem)
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context));

        Assert.Contains(problem, help.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Meeting_MarksThatRequest() =>
        Assert.Equal(12, Assert.IsType<MeetingCommand>(CommandParser.Parse("meeting CR-12", Context)).RequestNumber);

    [Theory]
    [InlineData("ask <@U1> agree the API --meeting", "agree the API")]
    [InlineData("ask <@U1> --meeting agree the API by friday", "agree the API")]
    [InlineData("ask <@U1> agree the API —meeting default: ship it", "agree the API")]
    public void Parse_AskWithMeetingFlag_IsAnAskThatNeedsAMeeting(string text, string title)
    {
        var ask = Assert.IsType<AskCommand>(CommandParser.Parse(text, Context));

        Assert.True(ask.NeedsMeeting);
        Assert.Equal(title, ask.Title);
    }

    [Fact]
    public void Parse_AskWithoutTheFlag_NeedsNoMeeting() =>
        Assert.False(Assert.IsType<AskCommand>(CommandParser.Parse("ask <@U1> plan the meeting", Context)).NeedsMeeting);
}
