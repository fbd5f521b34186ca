namespace Coordination.Data.Calendars;

/// <summary>A workspace's holiday calendar feed (<c>holidays calendar &lt;url&gt;</c>), read again every day.</summary>
public sealed class HolidayCalendarLink
{
    public HolidayCalendarLink(Guid workspaceId, string url)
    {
        WorkspaceId = workspaceId;
        Url = url;
    }

    public Guid WorkspaceId { get; private set; }

    public string Url { get; private set; }

    public DateTimeOffset? RefreshedAt { get; private set; }

    /// <summary>Why the last refresh failed, or <c>null</c> when it worked.</summary>
    public string? LastError { get; private set; }

    public void Point(string url) => Url = url;

    public void Refreshed(DateTimeOffset at, string? error)
    {
        if (error is null)
        {
            RefreshedAt = at;
        }

        LastError = error is { Length: > 500 } ? error[..500] : error;
    }
}
