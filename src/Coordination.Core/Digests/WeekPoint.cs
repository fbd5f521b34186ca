namespace Coordination.Core.Digests;

/// <summary>One week of the digest's chart: the coordination success rate of the requests asked that week (none when nothing was asked) and the requests open at its end.</summary>
public sealed record WeekPoint(DateOnly WeekStart, double? SuccessRate, int OpenRequests);
