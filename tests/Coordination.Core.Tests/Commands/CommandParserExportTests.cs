using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Core.Tests.Commands;

public sealed class CommandParserExportTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("C1", null));

    [Theory]
    [InlineData("export", 1)]
    [InlineData("export from CR-41", 41)]
    [InlineData("Export FROM 7", 7)]
    public void Parse_Export_FromTheFirstRequestOrTheOneNamed(string text, int from) =>
        Assert.Equal(from, Assert.IsType<ExportCommand>(CommandParser.Parse(text, Context)).From);

    [Theory]
    [InlineData("export all")]
    [InlineData("export from")]
    [InlineData("export from CR-0")]
    [InlineData("export from CR-4 CR-9")]
    public void Parse_ExportWithSomethingElse_ExplainsTheForm(string text)
    {
        var help = Assert.IsType<HelpCommand>(CommandParser.Parse(text, Context));

        Assert.Contains("`/coord export from CR-120`", help.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Stats_OwnOrOnePerson()
    {
        Assert.Null(Assert.IsType<StatsCommand>(CommandParser.Parse("stats", Context)).Person);
        Assert.Equal("U9", Assert.IsType<StatsCommand>(CommandParser.Parse("stats <@U9|dana>", Context)).Person?.PlatformUserId);
        Assert.IsType<HelpCommand>(CommandParser.Parse("stats <@U9|dana> <@U8|lee>", Context));
    }
}
