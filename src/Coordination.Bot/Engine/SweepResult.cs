namespace Coordination.Bot.Engine;

/// <summary>What one sweep did.</summary>
public sealed record SweepResult(int Claimed, int Nudges, int Escalations)
{
    public static readonly SweepResult Empty = new(0, 0, 0);

    public static SweepResult operator +(SweepResult left, SweepResult right) =>
        new(left.Claimed + right.Claimed, left.Nudges + right.Nudges, left.Escalations + right.Escalations);
}
