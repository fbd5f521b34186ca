namespace Coordination.Core.FollowUp;

/// <summary>The part of a working day someone works, on their wall clock: from <see cref="Start"/> to <see cref="End"/> (exclusive).</summary>
public readonly record struct WorkingHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>The hours assumed for someone who has not set theirs: 09:00–18:00.</summary>
    public static readonly WorkingHours Default = new(new TimeOnly(9, 0), new TimeOnly(18, 0));

    public bool Contains(TimeOnly time) => time >= Start && time < End;

    /// <summary>
    /// The delivery window moved to start when these hours start, as long as before, and clipped to them: a 09:00–12:00
    /// window is 08:00–11:00 for someone who starts at 08:00.
    /// </summary>
    public (TimeOnly Start, TimeOnly End) Morning(DeliveryWindowPolicy window)
    {
        var length = window.End - window.Start;
        var end = End - Start < length ? End : Start.Add(length);
        return (Start, end);
    }

    public override string ToString() => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}
