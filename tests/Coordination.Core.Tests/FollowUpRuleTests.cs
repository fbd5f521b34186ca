using Coordination.Core.FollowUp;

namespace Coordination.Core.Tests;

public class FollowUpRuleTests
{
    [Theory]
    [InlineData(1, 1, FollowUpStep.Escalate)]
    [InlineData(1, 2, FollowUpStep.Nudge)]
    [InlineData(2, 2, FollowUpStep.Escalate)]
    [InlineData(1, 3, FollowUpStep.Nudge)]
    [InlineData(2, 3, FollowUpStep.Nudge)]
    [InlineData(3, 3, FollowUpStep.Escalate)]
    [InlineData(1, 4, FollowUpStep.Nudge)]
    [InlineData(2, 4, FollowUpStep.Nudge)]
    [InlineData(3, 4, FollowUpStep.Nudge)]
    [InlineData(4, 4, FollowUpStep.Escalate)]
    public void NextStep_AttemptsMade_NudgesUntilMaxAttemptsThenEscalates(int attemptsMade, int maxAttempts, FollowUpStep expected)
    {
        var step = FollowUpRule.NextStep(attemptsMade, maxAttempts);

        Assert.Equal(expected, step);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void TellsRequesterToProceed_NudgeNumber_OnlyWithTheFirstNudge(int nudgeNumber, bool expected)
    {
        var tells = FollowUpRule.TellsRequesterToProceed(nudgeNumber);

        Assert.Equal(expected, tells);
    }
}
