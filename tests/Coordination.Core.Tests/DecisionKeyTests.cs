using Coordination.Core.Requests;

namespace Coordination.Core.Tests;

public class DecisionKeyTests
{
    [Theory]
    [InlineData("D-4", 4)]
    [InlineData("d-12", 12)]
    [InlineData(" D-7 ", 7)]
    public void TryParse_WellFormedKey_ReturnsNumber(string text, int expected)
    {
        var parsed = DecisionKey.TryParse(text, out var number);

        Assert.True(parsed);
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("D-0")]
    [InlineData("D-x")]
    [InlineData("4")]
    [InlineData("D-")]
    [InlineData("D-+3")]
    [InlineData("CR-4")]
    [InlineData("DD-4")]
    [InlineData(null)]
    public void TryParse_MalformedKey_ReturnsFalse(string? text)
    {
        var parsed = DecisionKey.TryParse(text, out var number);

        Assert.False(parsed);
        Assert.Equal(0, number);
    }

    [Fact]
    public void Format_Number_PrefixesD()
    {
        var key = DecisionKey.Format(42);

        Assert.Equal("D-42", key);
    }
}
