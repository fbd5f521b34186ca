namespace Coordination.Bot.Web.SignIn;

/// <summary>
/// Who is looking at the dashboard: everything (the admin token, or this machine with no sign-in configured), or one
/// workspace as a signed-in member of it, who is <see cref="PersonId"/> there when the bot knows them.
/// </summary>
public sealed record DashboardViewer(Guid? WorkspaceId, Guid? PersonId)
{
    public static readonly DashboardViewer Everything = new(null, null);

    /// <summary>What a request that no access check passed sees: no workspace at all.</summary>
    public static readonly DashboardViewer Nothing = new(Guid.Empty, null);

    public bool SeesEverything => WorkspaceId is null;

    public bool MaySee(Guid workspaceId) => WorkspaceId is not { } own || own == workspaceId;

    public static DashboardViewer Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(typeof(DashboardViewer), out var viewer) && viewer is DashboardViewer known ? known : Nothing;
    }

    public void Attach(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Items[typeof(DashboardViewer)] = this;
    }
}
