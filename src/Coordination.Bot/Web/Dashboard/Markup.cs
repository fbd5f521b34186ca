namespace Coordination.Bot.Web.Dashboard;

/// <summary>HTML that is already safe to write as it is: built by <see cref="HtmlWriter"/>, never from a value.</summary>
public readonly record struct Markup(string Html)
{
    public static readonly Markup Empty = new(string.Empty);

    public override string ToString() => Html;
}
