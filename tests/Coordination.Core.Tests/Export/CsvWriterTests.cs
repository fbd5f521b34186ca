using Coordination.Core.Export;

namespace Coordination.Core.Tests.Export;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("Review the plan", "Review the plan")]
    [InlineData("a=b, then c", "\"a=b, then c\"")]
    [InlineData("say \"yes\"", "\"say \"\"yes\"\"\"")]
    [InlineData("one\ntwo", "\"one\ntwo\"")]
    [InlineData("one\r\ntwo", "\"one\r\ntwo\"")]
    [InlineData("it's fine", "it's fine")]
    public void Field_CommaQuoteOrLineBreak_QuotedWithItsQuotesDoubled(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1 555", "'+1 555")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    public void Field_StartsLikeAFormula_PrefixedWithASingleQuoteThenQuotedIfNeeded(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Field_NullOrEmpty_Empty(string? value) => Assert.Equal(string.Empty, CsvWriter.Field(value));

    [Fact]
    public void Record_Fields_JoinedByCommasAndEndedByCrlf() =>
        Assert.Equal("CR-1,,\"a,b\",'=x\r\n", CsvWriter.Record(["CR-1", null, "a,b", "=x"]));

    [Fact]
    public void Record_NoFields_OnlyTheLineEnd() => Assert.Equal("\r\n", CsvWriter.Record([]));
}
