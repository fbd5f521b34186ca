using Coordination.Core.Requests;

namespace Coordination.Core.Tests;

public class RequestKeyTests
{
    [Theory]
    [InlineData("CR-12", 12)]
    [InlineData("cr-3", 3)]
    [InlineData(" CR-7 ", 7)]
    public void TryParse_WellFormedKey_ReturnsNumber(string text, int expected)
    {
        var parsed = RequestKey.TryParse(text, out var number);

        Assert.True(parsed);
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("CR-0")]
    [InlineData("CR-x")]
    [InlineData("12")]
    [InlineData("CR-")]
    [InlineData("CR-+3")]
    [InlineData(null)]
    public void TryParse_MalformedKey_ReturnsFalse(string? text)
    {
        var parsed = RequestKey.TryParse(text, out var number);

        Assert.False(parsed);
        Assert.Equal(0, number);
    }

    [Fact]
    public void Format_Number_PrefixesCr()
    {
        var key = RequestKey.Format(42);

        Assert.Equal("CR-42", key);
    }
}
