using Coordination.Core.Digests;
using Coordination.Core.Requests;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>
/// One request's evidence page, printable as it is (print CSS hides the navigation and prints black on white).
/// Stable hooks: <c>#request</c> (the facts), <c>#stakeholders</c> (rows <c>tr[data-person]</c>), <c>#paper-trail</c> (the
/// table; rows <c>tr.attempt[data-kind="ask|nudge|escalation|…"]</c>), <c>#decisions</c>, <c>a.evidence-csv</c> and the
/// print button <c>button[data-action="print"]</c> (shown by the script).
/// </summary>
public static class RequestPage
{
    public static string Render(RequestEvidence evidence, DashboardView view, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(view);
        var (request, workspace) = (evidence.Request, evidence.Workspace);
        var status = request.Status == RequestStatus.Open
            ? RequestMarkup.Badge(RequestUrgency.Of(request, maxAttempts, view.Now))
            : new Markup(request.Status.ToString().ToLowerInvariant());
        var html = new HtmlWriter()
            .Append($"<h1>{request.Key} · {request.Title}</h1>\n<p class=\"status\">{request.Status.ToString()} · {status}</p>\n")
            .Append($"""
                <p class="actions no-print"><a class="evidence-csv" href="{view.Link(DashboardKeys.EvidenceCsvPath(workspace.Key, request.Number))}" download>Download the evidence as CSV</a>
                <button type="button" data-action="print" hidden>Print the evidence</button></p>

                """)
            .Append(Facts(evidence, view))
            .Append(Stakeholders(evidence, view, maxAttempts))
            .Append(Trail(evidence, view))
            .Append(Decisions(evidence, view));
        var crumbs = new[] { (workspace.Title, DashboardKeys.WorkspacePath(workspace.Key)), (request.Key, DashboardKeys.RequestPath(workspace.Key, request.Number)) };
        return DashboardLayout.Page($"{request.Key} {request.Title}", view, crumbs, html.ToMarkup());
    }

    private static Markup Facts(RequestEvidence evidence, DashboardView view)
    {
        var request = evidence.Request;
        var html = new HtmlWriter().Append(DashboardLayout.Section("request", "request-heading", "The request")).Append($"""
            <dl class="facts">
            <dt>Workspace</dt><dd>{evidence.Workspace.Title}</dd>
            <dt>Asked by</dt><dd>{evidence.NameOf(request.RequesterId)}</dd>
            <dt>Asked</dt><dd>{view.Time(request.AskedAt)} ({view.Since(request.AskedAt)} ago)</dd>
            <dt>Where</dt><dd>{request.Thread.ToWhere()}</dd>
            <dt>Due</dt><dd>{view.Time(request.DueAt)}</dd>
            <dt>Escalates to</dt><dd>{(request.EscalationTargetId is { } target ? evidence.NameOf(target) : "the stakeholder's lead, else the requester's lead, else the requester")}</dd>

            """);
        if (request.DefaultAction is { } fallback)
        {
            html.Append($"<dt>Default if nobody answers</dt><dd>{fallback}</dd>\n");
        }

        if (request.ClosedAt is { } closed)
        {
            html.Append($"<dt>{request.Status.ToString()}</dt><dd>{view.Time(closed)} (after {DigestText.Duration(closed - request.AskedAt)})</dd>\n");
        }

        return html.Append($"<dt>Settling it took a meeting</dt><dd>{(request.NeededMeeting ? "yes" : "no")}</dd>\n</dl>\n").Append(DashboardLayout.SectionEnd).ToMarkup();
    }

    private static Markup Stakeholders(RequestEvidence evidence, DashboardView view, int maxAttempts)
    {
        var html = new HtmlWriter()
            .Append(DashboardLayout.Section("stakeholders", "stakeholders-heading", "Stakeholders"))
            .Append(DashboardLayout.Table(new Table("stakeholders-heading"), "Person", "State", "Asked", "Answered", "Next follow-up"));
        html.Each(evidence.Request.Stakeholders.OrderBy(s => s.AskedAt), (h, s) => h.Append(
            $"<tr data-person=\"{evidence.NameOf(s.PersonId)}\" data-state=\"{s.State.ToString().ToLowerInvariant()}\"><th scope=\"row\">{evidence.NameOf(s.PersonId)}</th>"
            + $"<td>{RequestMarkup.State(s, maxAttempts, view)}</td><td>{view.Time(s.AskedAt)}</td><td>{view.Time(s.RespondedAt)}</td>"
            + $"<td>{view.Time(s.NextActionAt)}{(s.NextActionAt is null ? string.Empty : " " + RequestMarkup.NextStepName(s, maxAttempts))}</td></tr>\n"));
        return html.Append(DashboardLayout.TableEnd).Append(DashboardLayout.SectionEnd).ToMarkup();
    }

    private static Markup Trail(RequestEvidence evidence, DashboardView view)
    {
        var html = new HtmlWriter()
            .Append(DashboardLayout.Section("paper-trail-section", "trail-heading", "Paper trail"))
            .Append(DashboardLayout.Table(
                new Table("trail-heading", "paper-trail", Caption: $"Every attempt, in order, times in {view.Zone.Id}."), "#", "What", "About", "Attempt", "At", "Delivered", "By", "Where", "Note"));
        html.Each(evidence.Trail.Select((a, i) => (Attempt: a, Index: i + 1)), (h, row) => h.Append(
            $"<tr class=\"attempt\" data-kind=\"{PaperTrail.Label(row.Attempt.Kind).Replace(' ', '-')}\"><td>{row.Index}</td><th scope=\"row\">{PaperTrail.Label(row.Attempt.Kind)}</th>"
            + $"<td>{evidence.AboutOf(row.Attempt) ?? "—"}</td><td>{row.Attempt.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}</td>"
            + $"<td>{view.Time(row.Attempt.At)}</td><td>{view.Time(row.Attempt.DeliveredAt)}</td><td>{evidence.NameOf(row.Attempt.ActorId)}</td>"
            + $"<td>{row.Attempt.Where}</td><td>{row.Attempt.Note ?? string.Empty}</td></tr>\n"));
        return html.Append(DashboardLayout.TableEnd).Append(DashboardLayout.SectionEnd).ToMarkup();
    }

    private static Markup Decisions(RequestEvidence evidence, DashboardView view)
    {
        var html = new HtmlWriter().Append(DashboardLayout.Section("decisions", "decisions-heading", "Decision"));
        if (evidence.Decisions.Count == 0)
        {
            html.Append($"<p>No decision settles this request yet, and it is no decision's next step.</p>\n");
        }

        html.Each(evidence.Decisions, (h, d) => h.Append(DecisionMarkup.Render(
            d, evidence.Workspace.Key, view, d.RequestId == evidence.Request.Id ? evidence.Request.Number : null)));
        return html.Append(DashboardLayout.SectionEnd).ToMarkup();
    }
}
