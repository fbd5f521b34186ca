using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Core.Tests.Commands;

/// <summary>The verbs for API tokens: <c>token create|list|revoke</c>.</summary>
public class CommandParserTokenTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("C1", null));

    [Fact]
    public void Parse_TokenCreateWithAName_CreateCommandWithTheNameInLowerCase()
    {
        var command = CommandParser.Parse("token create CI-Reports", Context);

        Assert.Equal(new TokenCreateCommand(Context, "ci-reports"), command);
    }

    [Fact]
    public void Parse_TokenList_ListCommand() =>
        Assert.Equal(new TokenListCommand(Context), CommandParser.Parse("token list", Context));

    [Fact]
    public void Parse_TokenRevokeWithAName_RevokeCommand() =>
        Assert.Equal(new TokenRevokeCommand(Context, "old_one"), CommandParser.Parse("token revoke old_one", Context));

    [Theory]
    [InlineData("token", "`token` takes `create`, `list` or `revoke`.")]
    [InlineData("token rotate ci", "`token` takes `create`, `list` or `revoke`, not")]
    [InlineData("token create", "Name the token in one word")]
    [InlineData("token create two words", "Name the token in one word")]
    [InlineData("token revoke <b>bold</b>", "Name the token in one word")]
    public void Parse_TokenWithoutAUsableName_HelpSayingWhatWasWrong(string text, string problem)
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context));

        Assert.Equal("token", help.Verb);
        Assert.StartsWith(problem, help.Problem, StringComparison.Ordinal);
    }
}
