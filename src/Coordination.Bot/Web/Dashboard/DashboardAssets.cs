namespace Coordination.Bot.Web.Dashboard;

/// <summary>The dashboard's stylesheet and script, embedded in the assembly and served by the bot itself.</summary>
public static class DashboardAssets
{
    public const string StylesheetPath = DashboardKeys.Root + "/assets/dashboard.css";

    public const string ScriptPath = DashboardKeys.Root + "/assets/dashboard.js";

    private static readonly Lazy<string> Stylesheet = new(() => Read("dashboard.css"));

    private static readonly Lazy<string> Script = new(() => Read("dashboard.js"));

    public static IResult Css() => Results.Text(Stylesheet.Value, "text/css; charset=utf-8");

    public static IResult Js() => Results.Text(Script.Value, "text/javascript; charset=utf-8");

    private static string Read(string name)
    {
        var resource = "Coordination.Bot.Web.Dashboard." + name;
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The dashboard asset {resource} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
