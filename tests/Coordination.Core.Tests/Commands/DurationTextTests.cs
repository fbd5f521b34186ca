using System.Globalization;
using Coordination.Core.Commands;

namespace Coordination.Core.Tests.Commands;

public class DurationTextTests
{
    [Theory]
    [InlineData("2d", "2.00:00")]
    [InlineData("36h", "1.12:00")]
    [InlineData("90m", "0.01:30")]
    [InlineData("1w", "7.00:00")]
    [InlineData("1 day", "1.00:00")]
    [InlineData("2 days", "2.00:00")]
    [InlineData("3 hours", "0.03:00")]
    [InlineData("45 minutes", "0.00:45")]
    [InlineData("1 week", "7.00:00")]
    [InlineData("2D", "2.00:00")]
    [InlineData(" 36H ", "1.12:00")]
    [InlineData("an hour", "0.01:00")]
    [InlineData("a day", "1.00:00")]
    [InlineData("1d 12h", "1.12:00")]
    [InlineData("1 day and 6 hours", "1.06:00")]
    [InlineData("30d", "30.00:00")]
    [InlineData("4 weeks", "28.00:00")]
    [InlineData("2 hrs", "0.02:00")]
    [InlineData("90 mins", "0.01:30")]
    [InlineData("1 wk", "7.00:00")]
    [InlineData("1 hour and 30 minutes", "0.01:30")]
    [InlineData("1h, 30m", "0.01:30")]
    public void TryParse_SnoozeForm_ReadsDuration(string text, string expected)
    {
        var parsed = DurationText.TryParse(text, out var duration);

        Assert.True(parsed);
        Assert.Equal(TimeSpan.ParseExact(expected, @"d\.hh\:mm", CultureInfo.InvariantCulture), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("0d")]
    [InlineData("0 minutes")]
    [InlineData("31d")]
    [InlineData("5 weeks")]
    [InlineData("30d 1m")]
    [InlineData("999999w")]
    [InlineData("2")]
    [InlineData("d")]
    [InlineData("-2d")]
    [InlineData("1.5d")]
    [InlineData("2 fortnights")]
    [InlineData("soon")]
    [InlineData("2d3")]
    [InlineData("1d and")]
    [InlineData("a")]
    [InlineData("٣d")]
    public void TryParse_NotADuration_ReturnsFalse(string? text)
    {
        var parsed = DurationText.TryParse(text, out var duration);

        Assert.False(parsed);
        Assert.Equal(TimeSpan.Zero, duration);
    }
}
