namespace Coordination.Bot.Web.Dashboard;

/// <summary>What a table of the dashboard is called: the heading that names it, and its id, class and caption if any.</summary>
public sealed record Table(string LabelledBy, string? Id = null, string? Class = null, string? Caption = null);
