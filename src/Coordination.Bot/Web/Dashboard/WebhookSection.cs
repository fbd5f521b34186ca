using Coordination.Data.Webhooks;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>
/// The workspace's outgoing webhooks on its dashboard, read-only (<c>/coord webhook</c> changes them): <c>#webhooks</c>,
/// rows <c>tr[data-webhook="wh-…"][data-state="enabled|disabled"]</c>. Never the secret.
/// </summary>
public static class WebhookSection
{
    public static Markup Render(IReadOnlyList<WebhookEndpoint> endpoints, DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(view);
        var html = new HtmlWriter().Append(DashboardLayout.Section("webhooks", "webhooks-heading", "Outgoing webhooks"));
        if (endpoints.Count == 0)
        {
            return html.Append($"<p>No webhooks: a workspace admin adds one with <code>/coord webhook add &lt;https url&gt; [events…]</code>.</p>\n").Append(DashboardLayout.SectionEnd).ToMarkup();
        }

        html.Append(DashboardLayout.Table(new Table("webhooks-heading", "webhook-list"), "Id", "URL", "Events", "State", "Last failure", "Why"));
        html.Each(endpoints, (h, e) => h.Append(
            $"<tr data-webhook=\"{e.Key}\" data-state=\"{(e.Enabled ? "enabled" : "disabled")}\"><th scope=\"row\">{e.Key}</th><td>{e.Url}</td>"
            + $"<td>{(e.EventTypes.Count == 0 ? "all events" : string.Join(", ", e.EventTypes))}</td><td>{(e.Enabled ? "enabled" : "disabled")}</td>"
            + $"<td>{view.Time(e.LastFailureAt)}</td><td>{e.LastFailure ?? "–"}</td></tr>\n"));
        return html.Append(DashboardLayout.TableEnd).Append(DashboardLayout.SectionEnd).ToMarkup();
    }
}
