namespace Coordination.Bot.Web.Dashboard;

/// <summary>
/// The frame of every dashboard page: <c>lang</c>, viewport, the bot's own stylesheet and script (no CDN), a skip
/// link, the breadcrumb navigation, one <c>main</c> (<c>#main</c>), and a footer naming the zone with a form to change it.
/// </summary>
public static class DashboardLayout
{
    public static string Page(string title, DashboardView view, IReadOnlyList<(string Text, string Href)> crumbs, Markup main)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(crumbs);
        var html = new HtmlWriter();
        html.Append($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Coordination</title>
            <link rel="stylesheet" href="{DashboardAssets.StylesheetPath}">
            <script src="{DashboardAssets.ScriptPath}" defer></script>
            </head>
            <body>
            <a class="skip-link" href="#main">Skip to the content</a>
            <header class="site-header"><nav aria-label="Breadcrumb" class="crumbs"><ol>
            """);
        html.Append($"<li><a href=\"{view.Link(DashboardKeys.Root)}\">Coordination dashboard</a></li>");
        html.Each(crumbs, (h, c) => h.Append($"<li><a href=\"{view.Link(c.Href)}\">{c.Text}</a></li>"));
        html.Append($"</ol></nav></header>\n<main id=\"main\" tabindex=\"-1\">\n");
        if (view.UnknownZone is { } unknown)
        {
            html.Append($"<p class=\"notice\" role=\"status\">There is no time zone “{unknown}”: times are in {view.Zone.Id}.</p>\n");
        }

        html.Append(main).Append($"</main>\n{Footer(view)}</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The page for an address that names nothing: an unknown workspace or request, or a malformed number.</summary>
    public static IResult NotFound(DashboardView view, string what) =>
        Html(Page("Not found", view, [], new HtmlWriter().Append($"<h1>Not found</h1>\n<p>{what}</p>\n<p><a href=\"{view.Link(DashboardKeys.Root)}\">See every workspace</a>.</p>\n").ToMarkup()), StatusCodes.Status404NotFound);

    /// <summary>Opens a section named by its heading: <c>section#id</c> labelled by <c>h2#headingId</c>.</summary>
    public static Markup Section(string id, string headingId, string heading) =>
        new HtmlWriter().Append($"<section id=\"{id}\" aria-labelledby=\"{headingId}\">\n<h2 id=\"{headingId}\">{heading}</h2>\n").ToMarkup();

    public static readonly Markup SectionEnd = new("</section>\n");

    /// <summary>
    /// Opens a table with a header row of <paramref name="columns"/>, in a box that scrolls sideways on a narrow screen
    /// and can take the keyboard's focus to do so; <see cref="TableEnd"/> closes it.
    /// </summary>
    public static Markup Table(Table table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(table);
        var caption = table.Caption is null ? Markup.Empty : new HtmlWriter().Append($"<caption>{table.Caption}</caption>\n").ToMarkup();
        var html = new HtmlWriter().Append(
            $"<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"{table.LabelledBy}\" tabindex=\"0\"><table{Attribute("id", table.Id)}{Attribute("class", table.Class)}>\n{caption}");
        html.Append($"<thead><tr>").Each(columns, (h, column) => h.Append($"<th scope=\"col\">{column}</th>"));
        return html.Append($"</tr></thead>\n<tbody>\n").ToMarkup();
    }

    public static readonly Markup TableEnd = new("</tbody></table></div>\n");

    private static Markup Attribute(string name, string? value) =>
        value is null ? Markup.Empty : new HtmlWriter().Append($" {new Markup(name)}=\"{value}\"").ToMarkup();

    public static IResult Html(string page, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(page, "text/html; charset=utf-8", System.Text.Encoding.UTF8, statusCode);

    private static Markup Footer(DashboardView view) => new HtmlWriter().Append($"""
        <footer class="site-footer">
        <p>As of {view.Time(view.Now)}, times in {view.Zone.Id}.</p>
        <form method="get" class="zone-form no-print"><label for="tz">Time zone</label> <input id="tz" name="tz" value="{view.AskedZone}" placeholder="Europe/Berlin" autocomplete="off" spellcheck="false"> <button type="submit">Show</button></form>
        </footer>

        """).ToMarkup();
}
