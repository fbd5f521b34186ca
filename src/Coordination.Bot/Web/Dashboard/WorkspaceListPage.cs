namespace Coordination.Bot.Web.Dashboard;

/// <summary>The workspaces the bot knows (<c>table#workspaces</c>, rows <c>tr[data-workspace="{id}"]</c>), with their counts.</summary>
public static class WorkspaceListPage
{
    public static string Render(IReadOnlyList<WorkspaceSummary> workspaces, DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(workspaces);
        ArgumentNullException.ThrowIfNull(view);
        var html = new HtmlWriter().Append($"<h1 id=\"workspaces-heading\">Workspaces</h1>\n");
        if (workspaces.Count == 0)
        {
            html.Append($"<p>No workspace yet: the first request asked in Slack, Teams or the local chat starts one.</p>\n");
            return DashboardLayout.Page("Workspaces", view, [], html.ToMarkup());
        }

        html.Append(DashboardLayout.Table(
            new Table("workspaces-heading", "workspaces", "cards"), "Workspace", "Platform", "Id", "Open", "Stalled", "Escalated", "Asked in all"));
        html.Each(workspaces, (h, w) => h.Append(
            $"<tr data-workspace=\"{w.Key}\"><th scope=\"row\"><a href=\"{view.Link(DashboardKeys.WorkspacePath(w.Key))}\">{w.Name ?? w.Workspace.ExternalId}</a></th>"
            + $"<td data-label=\"Platform\">{w.Workspace.Platform.ToString()}</td><td data-label=\"Id\">{w.Workspace.ExternalId}</td><td data-label=\"Open\">{w.Open}</td>"
            + $"<td data-label=\"Stalled\">{w.Stalled}</td><td data-label=\"Escalated\">{w.Escalated}</td><td data-label=\"Asked in all\">{w.Requests}</td></tr>\n"));
        return DashboardLayout.Page("Workspaces", view, [], html.Append(DashboardLayout.TableEnd).ToMarkup());
    }
}
