using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Core.Tests.Commands;

public sealed class MentionedRequestsCommandTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U1"), new ThreadRef("C1", null));

    [Theory]
    [InlineData("is CR-12 blocking?", new[] { 12 })]
    [InlineData("cr-7 and CR-12, then CR-7 again", new[] { 7, 12 })]
    [InlineData("CR-1 CR-2 CR-3 CR-4", new[] { 1, 2, 3 })]
    [InlineData("(CR-5).", new[] { 5 })]
    public void Of_TextNamingKeys_DistinctNumbersInOrderAtMostThree(string text, int[] numbers)
    {
        var command = MentionedRequestsCommand.Of(Context, text);

        Assert.NotNull(command);
        Assert.Equal(numbers, command.Numbers);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no keys here")]
    [InlineData("CR-0 and CR-")]
    [InlineData("XCR-3, CR-3x, https://jira.example/CR-3 and MCR-3")]
    public void Of_TextNamingNoKey_Null(string? text)
    {
        Assert.Null(MentionedRequestsCommand.Of(Context, text));
    }
}
