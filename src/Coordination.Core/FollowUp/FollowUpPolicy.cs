namespace Coordination.Core.FollowUp;

/// <summary>The 48-hour rule's settings: the <c>Coordination</c> configuration section.</summary>
public sealed class FollowUpPolicy
{
    public const string SectionName = "Coordination";

    /// <summary>How long a stakeholder has to answer before it counts as a miss. Defaults to 48 hours.</summary>
    public TimeSpan ResponseWindow { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Attempts (the ask counts as the first) before escalation. Defaults to 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Whether non-working days count toward a window. Defaults to <c>false</c>.</summary>
    public bool CountWeekends { get; set; }

    public DeliveryWindowPolicy DeliveryWindow { get; set; } = new();

    /// <summary>IANA zone for people whose zone is unknown. Defaults to <c>UTC</c>.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>How often the follow-up sweep runs. Defaults to one minute.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
