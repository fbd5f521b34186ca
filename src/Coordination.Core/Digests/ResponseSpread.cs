namespace Coordination.Core.Digests;

/// <summary>
/// How fast a group of asks got a first answer: how many were asked, and how many were answered within each of
/// <see cref="Thresholds"/>. Counts at fixed steps are what a database can aggregate in one pass, and they are
/// enough to say where the median falls ("half within 4h").
/// </summary>
public sealed record ResponseSpread(int Asked, IReadOnlyList<int> AnsweredWithin)
{
    public static readonly IReadOnlyList<TimeSpan> Thresholds =
    [
        TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(4), TimeSpan.FromHours(8),
        TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(4), TimeSpan.FromDays(7),
    ];

    public static readonly ResponseSpread None = new(0, new int[Thresholds.Count]);

    /// <summary>
    /// The first step by which half the asks had an answer (an index into <see cref="Thresholds"/>), the count of
    /// thresholds when half waited longer than the last one, or <c>null</c> with nothing asked. Asks never answered
    /// count as slower than every step.
    /// </summary>
    public int? MedianStep
    {
        get
        {
            if (Asked == 0)
            {
                return null;
            }

            for (var step = 0; step < AnsweredWithin.Count; step++)
            {
                if (AnsweredWithin[step] * 2 >= Asked)
                {
                    return step;
                }
            }

            return Thresholds.Count;
        }
    }

    /// <summary>Where the median falls, in words: <c>within 4h</c>, or <c>over 7d</c>.</summary>
    public string Median => MedianStep switch
    {
        null => "–",
        { } step when step < Thresholds.Count => "within " + DigestText.Duration(Thresholds[step]),
        _ => "over " + DigestText.Duration(Thresholds[^1]),
    };

    /// <summary>The median as a length to compare groups by: its step's threshold (twice the last one when beyond).</summary>
    public TimeSpan? MedianBound => MedianStep is { } step ? (step < Thresholds.Count ? Thresholds[step] : Thresholds[^1] * 2) : null;

    public static ResponseSpread Sum(IEnumerable<ResponseSpread> spreads)
    {
        ArgumentNullException.ThrowIfNull(spreads);
        var asked = 0;
        var within = new int[Thresholds.Count];
        foreach (var spread in spreads)
        {
            asked += spread.Asked;
            for (var step = 0; step < within.Length; step++)
            {
                within[step] += spread.AnsweredWithin[step];
            }
        }

        return new ResponseSpread(asked, within);
    }
}
