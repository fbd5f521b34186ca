namespace Coordination.Core.FollowUp;

/// <summary>"Mornings are for messages": nudges and escalations wait for this part of the recipient's working day.</summary>
public sealed class DeliveryWindowPolicy
{
    /// <summary>Defaults to <c>true</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Local opening time. Defaults to 09:00.</summary>
    public TimeOnly Start { get; set; } = new(9, 0);

    /// <summary>Local closing time (exclusive). Defaults to 12:00.</summary>
    public TimeOnly End { get; set; } = new(12, 0);
}
