using Coordination.Bot.Cli;

namespace Coordination.Bot.Tests;

public sealed class DemoTests
{
    [Fact]
    public async Task Demo_PlaysTheWeek_PrintsEveryEventAndThePaperTrail()
    {
        using var output = new StringWriter();

        var exitCode = await DemoCommand.RunAsync(output, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("Thu 26 Nov 16:30 Europe/London", text, StringComparison.Ordinal);
        Assert.Contains("Fri 27 Nov 10:15 America/New_York", text, StringComparison.Ordinal);
        Assert.Contains("Mon 30 Nov 09:00 America/Los_Angeles", text, StringComparison.Ordinal);
        Assert.Contains("Mon 7 Dec 09:00  Europe/Berlin", text, StringComparison.Ordinal);
        foreach (var expected in new[] { " ask ", " response ", " nudge ", " proceed-notice ", " escalation ", "DM to @Dan", "Attempt 3 of 3", "The paper trail" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }
}
