using Coordination.Core.Decisions;
using Coordination.Core.Requests;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>
/// A decision as both pages show it (<c>article.decision[data-decision="D-1"]</c>): what, who, when, why, the request it
/// settled, and its next steps (<c>li.next-step[data-request="CR-7"][data-done="true|false"]</c>) with owner, due and state.
/// </summary>
public static class DecisionMarkup
{
    public static Markup Render(Decision decision, string workspaceKey, DashboardView view, int? settled)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(view);
        var html = new HtmlWriter();
        html.Append($"<article class=\"decision\" data-decision=\"{decision.Key}\">\n<h3>{decision.Key} · {decision.Text}</h3>\n<p class=\"muted\">Decided by {decision.DecidedBy.DisplayName} on {view.Time(decision.DecidedAt)}");
        if (decision.Owner is { } owner)
        {
            html.Append($", owned by {owner.DisplayName}");
        }

        if (settled is { } number)
        {
            html.Append($", settling <a href=\"{view.Link(DashboardKeys.RequestPath(workspaceKey, number))}\">{RequestKey.Format(number)}</a>");
        }

        html.Append($"{(decision.LongTerm ? " · long-term" : string.Empty)}.</p>\n");
        Detail(html, "Why", decision.Rationale);
        Detail(html, "Options considered", decision.OptionsConsidered);
        return html.Append(NextSteps(decision, workspaceKey, view)).Append($"</article>\n").ToMarkup();
    }

    private static void Detail(HtmlWriter html, string name, string? text)
    {
        if (text is not null)
        {
            html.Append($"<p><strong>{name}:</strong> {text}</p>\n");
        }
    }

    private static Markup NextSteps(Decision decision, string workspaceKey, DashboardView view)
    {
        if (decision.LacksNextSteps)
        {
            return new Markup("<p class=\"notice\">No next step yet: decisions without next steps stall.</p>\n");
        }

        var html = new HtmlWriter().Append($"<ul class=\"next-steps\">\n");
        html.Each(decision.NextSteps.OrderBy(r => r.Number), (h, step) => h.Append(
            $"<li class=\"next-step\" data-request=\"{step.Key}\" data-done=\"{(step.Status == RequestStatus.Resolved ? "true" : "false")}\">"
            + $"<a href=\"{view.Link(DashboardKeys.RequestPath(workspaceKey, step.Number))}\">{step.Key}</a> {step.Title}"
            + $" · owner {Owners(step)} · due {view.Time(step.DueAt)} · <strong>{StepState(step)}</strong></li>\n"));
        return html.Append($"</ul>\n").ToMarkup();
    }

    private static string Owners(CoordinationRequest step)
    {
        var owners = step.OpenStakeholders().Select(s => s.Person.DisplayName).ToList();
        return owners.Count == 0 ? "nobody" : string.Join(", ", owners);
    }

    private static string StepState(CoordinationRequest step) => step.Status switch
    {
        RequestStatus.Resolved => "done",
        RequestStatus.Cancelled => "cancelled",
        _ => "not done yet",
    };
}
