namespace Coordination.Core.Requests;

public enum RequestStatus
{
    Open = 0,
    Resolved = 1,
    Cancelled = 2,
}
