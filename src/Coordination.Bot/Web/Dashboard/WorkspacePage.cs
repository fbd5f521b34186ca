using System.Globalization;
using Coordination.Core.Digests;
using Coordination.Core.Requests;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>
/// A workspace's dashboard. Stable hooks for browser tests:
/// <c>#metrics</c> (the figures, <c>#metrics li.figure</c>); <c>#chart</c> (a figure with <c>img</c> and a data table);
/// <c>#open-requests</c> (the table; rows <c>tr[data-request="CR-1"][data-urgency="escalated|overdue|due-soon|on-track|answered"]</c>,
/// awaited people <c>li.stakeholder[data-state]</c>, links <c>a.evidence-print</c> and <c>a.evidence-csv</c>);
/// the filters <c>nav.filters a[data-filter="all|stalled|escalated"]</c>; <c>#decisions</c> (see <see cref="DecisionMarkup"/>);
/// <c>#recently-closed</c> (rows <c>tr[data-request]</c>).
/// </summary>
public static class WorkspacePage
{
    public static string Render(WorkspaceOverview overview, DashboardView view, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(view);
        var workspace = overview.Workspace;
        var html = new HtmlWriter()
            .Append($"<h1>{workspace.Title}</h1>\n<p class=\"muted\">{workspace.Open} open · {workspace.Stalled} stalled · {workspace.Escalated} escalated · {workspace.Requests} asked in all</p>\n")
            .Append($"<p><a id=\"people-link\" href=\"{view.Link(SignIn.PeopleFiguresPage.PathOf(workspace.Key))}\">People's figures</a></p>\n")
            .Append(Metrics(overview.Report, view))
            .Append(Chart(overview.Report, workspace.Key, view))
            .Append(OpenRequestsTable.Render(overview, view, maxAttempts))
            .Append(Decisions(overview, view))
            .Append(RecentlyClosed(overview.RecentlyClosed, workspace.Key, view))
            .Append(WebhookSection.Render(overview.Webhooks, view));
        return DashboardLayout.Page(workspace.Title, view, [(workspace.Title, DashboardKeys.WorkspacePath(workspace.Key))], html.ToMarkup());
    }

    private static Markup Metrics(DigestReport report, DashboardView view)
    {
        var (now, before) = (report.Current, report.Previous);
        string[] figures =
        [
            DigestText.Figure("Success rate", now.Success, before.Success),
            DigestText.Figure("First response", now.FirstResponse, before.FirstResponse),
            DigestText.Figure("Meeting avoidance", now.MeetingFree, before.MeetingFree),
            DigestText.Figure("Decision speed", now.DecisionSpeed, before.DecisionSpeed),
            .. DigestText.OpenLine(report.Open, now, before).Split(" · "),
            .. DigestText.ImpactLine(now, before).Split(" · "),
        ];
        var html = new HtmlWriter().Append(DashboardLayout.Section("metrics", "metrics-heading", "The last 7 days")).Append($"""
            <p class="muted">The 7 days to {view.Time(report.PeriodEnd)}, with the 7 days before in brackets (▲ up, ▼ down).</p>
            <ul class="figures">

            """);
        html.Each(figures, (h, figure) => h.Append($"<li class=\"figure\">{char.ToUpperInvariant(figure[0]) + figure[1..]}</li>\n"));
        html.Append($"</ul>\n<details><summary>What the figures count</summary>\n<ul>\n");
        html.Each(DigestDefinitions.All, (h, definition) => h.Append($"<li>{definition}</li>\n"));
        return html.Append($"</ul>\n</details>\n").Append(DashboardLayout.SectionEnd).ToMarkup();
    }

    private static Markup Chart(DigestReport report, string key, DashboardView view)
    {
        var html = new HtmlWriter().Append($"""
            <figure id="chart">
            <img src="{view.Link(DashboardKeys.ChartPath(key))}" width="640" height="320" alt="Open requests at the end of each of the last 8 weeks as bars, and the success rate as a line; the numbers are in the table below.">
            <figcaption>Open requests (bars) and success rate (line), the last 8 weeks.</figcaption>
            <details><summary id="chart-numbers">The chart's numbers</summary>

            """).Append(DashboardLayout.Table(new Table("chart-numbers"), "Week from", "Open at its end", "Success rate"));
        html.Each(report.Weeks, (h, week) => h.Append(
            $"<tr><th scope=\"row\">{week.WeekStart.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}</th><td>{week.OpenRequests}</td><td>{(week.SuccessRate is { } rate ? DigestText.Percent(rate) : "–")}</td></tr>\n"));
        return html.Append(DashboardLayout.TableEnd).Append($"</details>\n</figure>\n").ToMarkup();
    }

    private static Markup Decisions(WorkspaceOverview overview, DashboardView view)
    {
        var html = new HtmlWriter().Append(DashboardLayout.Section("decisions", "decisions-heading", "Decisions and their next steps"));
        if (overview.Decisions.Count == 0)
        {
            html.Append($"<p>No decisions recorded yet.</p>\n");
        }

        html.Each(overview.Decisions, (h, d) => h.Append(DecisionMarkup.Render(
            d, overview.Workspace.Key, view, d.RequestId is { } id && overview.SettledNumbers.TryGetValue(id, out var number) ? number : null)));
        return html.Append(DashboardLayout.SectionEnd).ToMarkup();
    }

    private static Markup RecentlyClosed(IReadOnlyList<CoordinationRequest> closed, string key, DashboardView view)
    {
        var html = new HtmlWriter().Append(DashboardLayout.Section("recently-closed-section", "closed-heading", "Recently closed"));
        if (closed.Count == 0)
        {
            return html.Append($"<p>Nothing closed yet.</p>\n").Append(DashboardLayout.SectionEnd).ToMarkup();
        }

        html.Append(DashboardLayout.Table(new Table("closed-heading", "recently-closed"), "Request", "Title", "Requester", "Outcome", "Closed", "Took"));
        html.Each(closed, (h, r) => h.Append(
            $"<tr data-request=\"{r.Key}\"><th scope=\"row\"><a href=\"{view.Link(DashboardKeys.RequestPath(key, r.Number))}\">{r.Key}</a></th><td>{r.Title}</td><td>{r.Requester.DisplayName}</td>"
            + $"<td>{r.Status.ToString().ToLowerInvariant()}</td><td>{view.Time(r.ClosedAt)}</td><td>{(r.TimeToClose is { } took ? DigestText.Duration(took) : "–")}</td></tr>\n"));
        return html.Append(DashboardLayout.TableEnd).Append(DashboardLayout.SectionEnd).ToMarkup();
    }
}
