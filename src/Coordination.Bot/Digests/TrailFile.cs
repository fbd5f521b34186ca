namespace Coordination.Bot.Digests;

/// <summary>
/// A written export: the CSV's bytes, how many paper-trail entries it holds, the first and last request in it, and, when
/// a limit stopped it, the request the next part starts from (<see cref="BySize"/>: the size limit, else the entry cap).
/// </summary>
public sealed record TrailFile(byte[] Content, int Rows, int FirstRequest, int LastRequest, int? NextRequest, bool BySize);
