namespace Coordination.Core.Requests;

public sealed partial class CoordinationRequest
{
    /// <summary>
    /// The request follows up on an earlier message ("Follow up on this"): each ask in the paper trail links to it.
    /// </summary>
    public void FollowsUpOn(string link)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(link);
        foreach (var ask in Attempts.Where(a => a.Kind == AttemptKind.Ask && a.Number == 1))
        {
            ask.Annotate($"follows up on {link}");
        }
    }
}
