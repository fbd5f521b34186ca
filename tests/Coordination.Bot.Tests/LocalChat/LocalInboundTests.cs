using Coordination.Bot.LocalChat;
using Coordination.Core.Commands;

namespace Coordination.Bot.Tests.LocalChat;

public sealed class LocalInboundTests
{
    private static readonly LocalPerson Alice = LocalWorkspace.Find("U-ALICE")!;

    [Fact]
    public void CommandOf_SlashCommandInAChannel_ParsedThereWithTheNamedPeopleAsMentions()
    {
        var command = LocalInbound.CommandOf(Alice, Written("/coord ask @bob and @Carol review the plan"));

        var ask = Assert.IsType<AskCommand>(command);
        Assert.Equal(["U-BOB", "U-CAROL"], ask.Stakeholders.Select(s => s.PlatformUserId));
        Assert.Equal(new Core.Chat.ThreadRef("#platform", null), ask.Context.Where);
        Assert.Equal("review the plan", ask.Title);
    }

    [Theory]
    [InlineData("/coord digest channel #general", "#general")]
    [InlineData("/coord Digest Channel #Eng-Leads", "#eng-leads")]
    [InlineData("@coord digest channel #platform", "#platform")]
    public void CommandOf_DigestChannelWithAHandWrittenChannel_NamesThatLocalChannel(string text, string channel)
    {
        var command = LocalInbound.CommandOf(Alice, Written(text));

        Assert.Equal(channel, Assert.IsType<DigestChannelCommand>(command).Channel);
    }

    [Fact]
    public void CommandOf_MentionAtTheTopOfAChannel_ActsInTheThreadOfThatMessage()
    {
        var command = LocalInbound.CommandOf(Alice, Written("@coord status CR-3"));

        var status = Assert.IsType<StatusCommand>(command);
        Assert.Equal("1.000001", status.Context.Where.ThreadId);
        Assert.Equal(3, status.RequestNumber);
    }

    [Fact]
    public void CommandOf_PlainWordsInAChannelsThread_AThreadReplyWithItsMentions()
    {
        var command = LocalInbound.CommandOf(Alice, Written("ok, @Dan will do it", thread: "1.000000"));

        var reply = Assert.IsType<ThreadReplyCommand>(command);
        Assert.Equal("ok, <@U-DAN|Dan> will do it", reply.Text);
        Assert.Equal("1.000000", reply.Context.Where.ThreadId);
    }

    [Theory]
    [InlineData("#platform", "morning all")]
    [InlineData("dm:U-ALICE+U-BOB", "lunch?")]
    public void CommandOf_PlainWordsAtTheTopOrBetweenPeople_Nothing(string conversation, string text)
    {
        Assert.Null(LocalInbound.CommandOf(Alice, Written(text, conversation)));
    }

    [Fact]
    public void CommandOf_PlainWordsToTheBot_ACommand()
    {
        Assert.IsType<ListCommand>(LocalInbound.CommandOf(Alice, Written("list waiting", "dm:U-ALICE")));
    }

    [Fact]
    public void CommandOf_AskInTheDirectMessageWithTheBot_AnAskMarkedDirectForTheEngineToAskWhere()
    {
        var command = LocalInbound.CommandOf(Alice, Written("ask @bob review it", "dm:U-ALICE"));

        var ask = Assert.IsType<AskCommand>(command);
        Assert.True(ask.Context.InDirectMessage);
    }

    [Theory]
    [InlineData("@nobody review", "@nobody review")]
    [InlineData("mail bob@example.com", "mail bob@example.com")]
    [InlineData("@U-BOB and @alice", "<@U-BOB|Bob> and <@U-ALICE|Alice>")]
    public void WithMentions_OnlyTheWorkspacesPeople_BecomeMentions(string text, string expected)
    {
        Assert.Equal(expected, LocalInbound.WithMentions(text));
    }

    private static LocalTranscriptEntry Written(string text, string conversation = "#platform", string? thread = null) =>
        new("1.000001", 1, 1, conversation, thread, Alice.Id, text, BotApp.Thursday);
}
