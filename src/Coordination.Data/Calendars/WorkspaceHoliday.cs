namespace Coordination.Data.Calendars;

/// <summary>A day off for everyone in a workspace, imported from its holiday calendar; replaced whole on each import.</summary>
public sealed class WorkspaceHoliday
{
    public const int MaxNameLength = 200;

    public WorkspaceHoliday(Guid workspaceId, DateOnly date, string name, string source)
    {
        Id = Guid.CreateVersion7();
        WorkspaceId = workspaceId;
        Date = date;
        Name = name.Length > MaxNameLength ? name[..MaxNameLength] : name;
        Source = source;
    }

    public Guid Id { get; private set; }

    public Guid WorkspaceId { get; private set; }

    public DateOnly Date { get; private set; }

    public string Name { get; private set; }

    /// <summary>Where it came from: <c>calendar</c> (the workspace's feed) or <c>file</c> (a configured file).</summary>
    public string Source { get; private set; }
}
