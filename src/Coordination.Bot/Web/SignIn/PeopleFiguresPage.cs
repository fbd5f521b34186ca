using Coordination.Bot.Digests;
using Coordination.Bot.Web.Dashboard;
using Coordination.Core.Digests;
using Coordination.Core.Requests;

namespace Coordination.Bot.Web.SignIn;

/// <summary>
/// <c>GET /dashboard/{workspace}/people</c>: the per-person figures the viewer may see (see <see cref="PeopleFigures"/>).
/// Stable hooks: <c>#people-figures</c>, rows <c>tr[data-person="U123"]</c>.
/// </summary>
public static class PeopleFiguresPage
{
    public static string PathOf(string key) => $"{DashboardKeys.WorkspacePath(key)}/people";

    public static async Task<IResult> GetAsync(
        HttpContext http, string workspace, string? tz, DashboardQueries queries, PeopleFigures figures, DigestPublisher digests, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(digests);
        ArgumentNullException.ThrowIfNull(time);
        var viewer = DashboardViewer.Of(http);
        if (await queries.WorkspaceAsync(workspace, cancellationToken) is not { } summary || !viewer.MaySee(summary.Workspace.Id))
        {
            return DashboardLayout.NotFound(DashboardView.For(time.GetUtcNow(), tz, TimeZoneInfo.Utc), "There is no such workspace here.");
        }

        var view = DashboardView.For(time.GetUtcNow(), tz, digests.ZoneOf(summary.Workspace));
        var rows = await figures.ComputeAsync(viewer, summary.Workspace.Id, view.Now, cancellationToken);
        var crumbs = new List<(string, string)> { (summary.Title, DashboardKeys.WorkspacePath(summary.Key)), ("People", PathOf(summary.Key)) };
        return DashboardLayout.Html(DashboardLayout.Page($"People · {summary.Title}", view, crumbs, Render(rows, viewer)));
    }

    private static Markup Render(IReadOnlyList<(Person Person, PersonFigures Figures)> rows, DashboardViewer viewer)
    {
        var who = viewer.SeesEverything ? "Everyone in the workspace" : "You and the people who report to you";
        var html = new HtmlWriter().Append($"<h1 id=\"people-heading\">People's figures</h1>\n<p class=\"muted\">{who}; the last 7 days unless marked.</p>\n");
        if (rows.Count == 0)
        {
            return html.Append($"<p id=\"no-people\">There are no figures to show you: the bot does not know you in this workspace yet.</p>\n").ToMarkup();
        }

        html.Append(DashboardLayout.Table(new Table("people-heading", "people-figures"),
            "Person", "Asked of them", "Answered within the window", "Escalations", "Requests they asked", "Resolved", "Waiting on them now", "Asked of them, all time"));
        html.Each(rows, (h, row) =>
        {
            var (now, open, all) = (row.Figures.Current, row.Figures.Open, row.Figures.AllTime);
            h.Append($"<tr data-person=\"{row.Person.PlatformUserId}\"><th scope=\"row\">{row.Person.DisplayName}</th><td>{now.Asked}</td><td>{Share(now.FirstResponse)}</td>"
                + $"<td>{now.Escalated}</td><td>{now.Requested}</td><td>{now.Resolved}</td><td>{open.WaitingOnThem}</td><td>{all.Asked}</td></tr>\n");
        });
        return html.Append(DashboardLayout.TableEnd).ToMarkup();
    }

    private static string Share(Rate rate) => rate.Value is { } value ? DigestText.Percent(value) : "–";
}
