using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>
/// Writes a page. Each hole of an interpolated <see cref="Append(ref HtmlInterpolation)"/> is HTML-encoded unless
/// it is <see cref="Markup"/>, so a value (a title, a name, a note) can never become markup.
/// </summary>
public sealed class HtmlWriter
{
    /// <summary>Encodes the characters that mean something in HTML (and in quoted attributes), and leaves other letters readable.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    public static string Encode(string? value) => string.IsNullOrEmpty(value) ? string.Empty : Encoder.Encode(value);

    public HtmlWriter Append([System.Runtime.CompilerServices.InterpolatedStringHandlerArgument("")] ref HtmlInterpolation html) => this;

    public HtmlWriter Append(Markup markup)
    {
        _html.Append(markup.Html);
        return this;
    }

    /// <summary>Writes each item with <paramref name="write"/>.</summary>
    public HtmlWriter Each<T>(IEnumerable<T> items, Action<HtmlWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        foreach (var item in items)
        {
            write(this, item);
        }

        return this;
    }

    public Markup ToMarkup() => new(_html.ToString());

    public override string ToString() => _html.ToString();

    internal void Literal(string html) => _html.Append(html);

    internal void Value(string? value) => _html.Append(Encode(value));
}
