using Coordination.Core.Requests;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>
/// The open requests of a workspace (<c>table#open-requests</c>), the most urgent first: who is waiting on whom and for
/// how long, each with its urgency as a word and a colour, with the filters for stalled and escalated ones above it.
/// On a phone each row becomes a card (<c>table.cards</c>, each cell labelled by <c>data-label</c>).
/// </summary>
public static class OpenRequestsTable
{
    public static Markup Render(WorkspaceOverview overview, DashboardView view, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(view);
        var (open, key) = (overview.Open, overview.Workspace.Key);
        var html = new HtmlWriter()
            .Append(DashboardLayout.Section("open-requests-section", "open-heading", "Open requests"))
            .Append(Filters(overview, view))
            .Append(Legend());
        if (open.Shown.Count == 0)
        {
            return html.Append($"<p>No open requests{(open.Filter == OpenFilter.All ? string.Empty : " of this kind")}.</p>\n").Append(DashboardLayout.SectionEnd).ToMarkup();
        }

        html.Append(DashboardLayout.Table(
            new Table("open-heading", "open-requests", "cards", Caption(open)), "Request", "Urgency", "Title", "Requester", "Waiting on", "Due", "Next follow-up", "Evidence"));
        var rows = open.Shown.Select(r => (Request: r, Urgency: RequestUrgency.Of(r, maxAttempts, view.Now))).OrderBy(r => r.Urgency);
        html.Each(rows, (h, row) => h.Append(Row(row.Request, row.Urgency, key, view, maxAttempts)));
        return html.Append(DashboardLayout.TableEnd).Append(DashboardLayout.SectionEnd).ToMarkup();
    }

    private static string Caption(OpenRequests open) => open.Shown.Count < open.Total
        ? $"The {open.Shown.Count} oldest of {open.Total} open requests, the most urgent first."
        : $"{open.Total} open {(open.Total == 1 ? "request" : "requests")}, the most urgent first.";

    private static Markup Row(CoordinationRequest request, Urgency urgency, string key, DashboardView view, int maxAttempts)
    {
        var page = view.Link(DashboardKeys.RequestPath(key, request.Number));
        return new HtmlWriter().Append($"""
            <tr data-request="{request.Key}" data-urgency="{RequestUrgency.Slug(urgency)}">
            <th scope="row"><a href="{page}">{request.Key}</a></th>
            <td data-label="Urgency">{RequestMarkup.Badge(urgency)}</td>
            <td data-label="Title">{request.Title}</td>
            <td data-label="Requester">{request.Requester.DisplayName}</td>
            <td data-label="Waiting on">{WaitingOn(request, view, maxAttempts)}</td>
            <td data-label="Due">{view.Time(request.DueAt)}</td>
            <td data-label="Next follow-up">{RequestMarkup.NextFollowUp(request, maxAttempts, view)}</td>
            <td data-label="Evidence"><a class="evidence-print" href="{page}">Trail<span class="visually-hidden"> of {request.Key}</span></a> · <a class="evidence-csv" href="{view.Link(DashboardKeys.EvidenceCsvPath(key, request.Number))}" download>CSV<span class="visually-hidden"> of {request.Key}</span></a></td>
            </tr>

            """).ToMarkup();
    }

    private static Markup WaitingOn(CoordinationRequest request, DashboardView view, int maxAttempts)
    {
        var awaited = RequestMarkup.Awaited(request).OrderBy(s => s.AskedAt).ToList();
        if (awaited.Count == 0)
        {
            return new Markup("nobody: everyone answered");
        }

        var html = new HtmlWriter().Append($"<ul>");
        html.Each(awaited, (h, s) => h.Append(
            $"<li class=\"stakeholder\" data-state=\"{s.State.ToString().ToLowerInvariant()}\"><strong>{s.Person.DisplayName}</strong>, {RequestMarkup.State(s, maxAttempts, view)},"
            + $" for {view.Since(s.AskedAt)}{(s.IsAwaitingAnswer && s.WindowStartedAt > s.AskedAt ? $" (this window since {view.Format(s.WindowStartedAt)})" : string.Empty)}</li>"));
        return html.Append($"</ul>").ToMarkup();
    }

    private static Markup Filters(WorkspaceOverview overview, DashboardView view)
    {
        var workspace = overview.Workspace;
        (OpenFilter Filter, string Text, int Count)[] filters =
            [(OpenFilter.All, "All open", workspace.Open), (OpenFilter.Stalled, "Stalled", workspace.Stalled), (OpenFilter.Escalated, "Escalated", workspace.Escalated)];
        var html = new HtmlWriter().Append($"<nav class=\"filters\" aria-label=\"Which open requests\"><ul>");
        html.Each(filters, (h, f) =>
        {
            var name = f.Filter.ToString().ToLowerInvariant();
            var href = view.Link(DashboardKeys.WorkspacePath(workspace.Key), f.Filter == OpenFilter.All ? null : "show=" + name);
            var current = new Markup(f.Filter == overview.Open.Filter ? " aria-current=\"page\"" : string.Empty);
            h.Append($"<li><a data-filter=\"{name}\" href=\"{href}#open-heading\"{current}>{f.Text} ({f.Count})</a></li>");
        });
        return html.Append($"</ul></nav>\n").ToMarkup();
    }

    private static Markup Legend()
    {
        var html = new HtmlWriter().Append($"<ul class=\"legend\" aria-label=\"What the urgencies mean\">");
        html.Each(Enum.GetValues<Urgency>(), (h, u) => h.Append($"<li>{RequestMarkup.Badge(u)} {Meaning(u)}</li>"));
        return html.Append($"</ul>\n").ToMarkup();
    }

    public static string Meaning(Urgency urgency) => urgency switch
    {
        Urgency.Escalated => "every attempt went unanswered and the lead was told",
        Urgency.Overdue => "past its due date, or nudged and still silent",
        Urgency.DueSoon => "due within 24 hours, or the escalation comes next",
        Urgency.Answered => "everyone answered; it waits to be resolved",
        _ => "in its first window",
    };
}
