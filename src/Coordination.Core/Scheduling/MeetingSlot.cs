using System.Globalization;

namespace Coordination.Core.Scheduling;

/// <summary>A time proposed for a meeting request, numbered within its request (each re-proposal adds the next three).</summary>
public sealed class MeetingSlot
{
    public MeetingSlot(Guid requestId, int number, DateTimeOffset start, DateTimeOffset end, DateTimeOffset proposedAt)
    {
        Id = Guid.CreateVersion7(proposedAt);
        RequestId = requestId;
        Number = number;
        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
        ProposedAt = proposedAt;
    }

    private MeetingSlot()
    {
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public int Number { get; private set; }

    public DateTimeOffset Start { get; private set; }

    public DateTimeOffset End { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    /// <summary>A later proposal replaced this one: its buttons no longer count.</summary>
    public bool Withdrawn { get; private set; }

    public TimeSpan Length => End - Start;

    /// <summary>The same for every reader: <c>Tue 8 Dec 10:00–10:30 UTC</c>.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Start:ddd d MMM HH:mm}–{End:HH:mm} UTC");

    /// <summary>The start alone, for the trail: <c>Tue 8 Dec 10:00</c>.</summary>
    public string StartLabel => Start.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    internal void Withdraw() => Withdrawn = true;
}
