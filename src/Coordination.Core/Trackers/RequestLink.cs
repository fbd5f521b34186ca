namespace Coordination.Core.Trackers;

/// <summary>A request linked to a tracker issue (<c>link CR-12 &lt;url&gt;</c>, or a link in the ask itself); a request may have several.</summary>
public sealed class RequestLink
{
    public const int MaxKeyLength = 200;
    public const int MaxUrlLength = 500;

    private RequestLink()
    {
        Key = string.Empty;
        Url = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    public Guid RequestId { get; private set; }

    public Tracker Tracker { get; private set; }

    /// <summary>The canonical key deliveries are matched by: <c>acme/api#5</c>, <c>KEY-12</c>, <c>ENG-12</c>.</summary>
    public string Key { get; private set; }

    public string Url { get; private set; }

    public Guid? LinkedById { get; private set; }

    public DateTimeOffset LinkedAt { get; private set; }

    public TrackerReference Reference => new(Tracker, Key, new Uri(Url));

    public static RequestLink To(Guid workspaceId, Guid requestId, TrackerReference reference, Guid? linkedById, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        WorkspaceId = workspaceId,
        RequestId = requestId,
        Tracker = reference.Tracker,
        Key = reference.Key,
        Url = reference.Url.AbsoluteUri,
        LinkedById = linkedById,
        LinkedAt = at,
    };
}
