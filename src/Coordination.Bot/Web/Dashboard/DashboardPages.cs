using Coordination.Bot.Digests;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>
/// The dashboard's pages: read (every read scoped by the workspace in the address), then render. An address that
/// names no workspace or request, or a malformed number, gets the not-found page, never an error.
/// </summary>
public sealed class DashboardPages(DashboardQueries queries, DigestMetrics metrics, DigestPublisher digests, FollowUpSchedule schedule, TimeProvider time)
{
    private int MaxAttempts => schedule.Policy.MaxAttempts;

    /// <summary>The workspaces, or straight to the only one.</summary>
    public async Task<IResult> IndexAsync(string? tz, CancellationToken cancellationToken)
    {
        var workspaces = await queries.WorkspacesAsync(cancellationToken);
        var view = DashboardView.For(time.GetUtcNow(), tz, TimeZoneInfo.Utc);
        return workspaces.Count == 1
            ? Results.Redirect(view.Link(DashboardKeys.WorkspacePath(workspaces[0].Key)))
            : DashboardLayout.Html(WorkspaceListPage.Render(workspaces, view));
    }

    public async Task<IResult> WorkspaceAsync(string key, string? tz, string? show, CancellationToken cancellationToken)
    {
        if (await queries.WorkspaceAsync(key, cancellationToken) is not { } workspace)
        {
            return NoWorkspace(tz);
        }

        var view = ViewOf(workspace, tz);
        var id = workspace.Workspace.Id;
        var filter = Enum.TryParse<OpenFilter>(show, ignoreCase: true, out var f) && Enum.IsDefined(f) ? f : OpenFilter.All;
        var decisions = await queries.DecisionsAsync(id, cancellationToken);
        var overview = new WorkspaceOverview(
            workspace,
            await metrics.ComputeAsync(id, view.Now, cancellationToken),
            await queries.OpenAsync(id, filter, cancellationToken),
            decisions,
            await queries.SettledNumbersAsync(id, decisions, cancellationToken),
            await queries.RecentlyClosedAsync(id, cancellationToken))
        {
            Webhooks = await queries.WebhooksAsync(id, cancellationToken),
        };
        return DashboardLayout.Html(WorkspacePage.Render(overview, view, MaxAttempts));
    }

    /// <summary>The digest's 8-week chart of the workspace, as of now.</summary>
    public async Task<IResult> ChartAsync(string key, CancellationToken cancellationToken)
    {
        if (await queries.WorkspaceAsync(key, cancellationToken) is not { } workspace)
        {
            return NoWorkspace(null);
        }

        var weeks = await metrics.ChartWeeksAsync(workspace.Workspace.Id, time.GetUtcNow(), cancellationToken);
        return Results.File(DigestChart.Render(weeks), "image/png");
    }

    public async Task<IResult> RequestAsync(string key, string number, string? tz, CancellationToken cancellationToken) =>
        await EvidenceAsync(key, number, tz, cancellationToken) is (RequestEvidence evidence, DashboardView view)
            ? DashboardLayout.Html(RequestPage.Render(evidence, view, MaxAttempts))
            : await NotFoundAsync(key, number, tz, cancellationToken);

    public async Task<IResult> EvidenceCsvAsync(string key, string number, string? tz, CancellationToken cancellationToken) =>
        await EvidenceAsync(key, number, tz, cancellationToken) is (RequestEvidence evidence, DashboardView view)
            ? Results.File(
                [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(EvidenceCsv.Write(evidence, view))],
                "text/csv; charset=utf-8", EvidenceCsv.FileName(evidence.Request))
            : await NotFoundAsync(key, number, tz, cancellationToken);

    private async Task<(RequestEvidence, DashboardView)?> EvidenceAsync(string key, string number, string? tz, CancellationToken cancellationToken)
    {
        if (ParseNumber(number) is not { } n || await queries.WorkspaceAsync(key, cancellationToken) is not { } workspace
            || await queries.RequestAsync(workspace, n, cancellationToken) is not { } evidence)
        {
            return null;
        }

        return (evidence, ViewOf(workspace, tz));
    }

    private async Task<IResult> NotFoundAsync(string key, string number, string? tz, CancellationToken cancellationToken) =>
        await queries.WorkspaceAsync(key, cancellationToken) is { } workspace
            ? DashboardLayout.NotFound(ViewOf(workspace, tz), ParseNumber(number) is { } n
                ? $"There is no {RequestKey.Format(n)} in {workspace.Title}."
                : $"“{number}” is not a request number: use 12 or CR-12.")
            : NoWorkspace(tz);

    private IResult NoWorkspace(string? tz) =>
        DashboardLayout.NotFound(DashboardView.For(time.GetUtcNow(), tz, TimeZoneInfo.Utc), "There is no such workspace here.");

    private DashboardView ViewOf(WorkspaceSummary workspace, string? tz) => DashboardView.For(time.GetUtcNow(), tz, digests.ZoneOf(workspace.Workspace));

    /// <summary><c>12</c> or <c>CR-12</c>; anything else is no number.</summary>
    private static int? ParseNumber(string number) =>
        int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n
        : RequestKey.TryParse(number, out n) ? n : null;
}
