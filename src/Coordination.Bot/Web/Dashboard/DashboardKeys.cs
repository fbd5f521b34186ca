using System.Globalization;
using Coordination.Core.Requests;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>The dashboard's addresses.</summary>
public static class DashboardKeys
{
    public const string Root = "/dashboard";

    public static string Of(Workspace workspace) => workspace.Id.ToString("D");

    public static string WorkspacePath(string key) => $"{Root}/{key}";

    public static string RequestPath(string key, int number) => $"{Root}/{key}/requests/{number.ToString(CultureInfo.InvariantCulture)}";

    public static string EvidenceCsvPath(string key, int number) => RequestPath(key, number) + "/evidence.csv";

    public static string ChartPath(string key) => $"{Root}/{key}/chart.png";
}
