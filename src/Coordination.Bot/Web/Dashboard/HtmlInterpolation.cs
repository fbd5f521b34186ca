using System.Globalization;
using System.Runtime.CompilerServices;

namespace Coordination.Bot.Web.Dashboard;

/// <summary>The holes of an interpolated <see cref="HtmlWriter.Append(ref HtmlInterpolation)"/>: strings and numbers encoded, <see cref="Markup"/> as it is.</summary>
[InterpolatedStringHandler]
public readonly ref struct HtmlInterpolation
{
    private readonly HtmlWriter _writer;

    public HtmlInterpolation(int literalLength, int formattedCount, HtmlWriter writer)
    {
        _ = (literalLength, formattedCount);
        _writer = writer;
    }

    public void AppendLiteral(string html) => _writer.Literal(html);

    public void AppendFormatted(string? value) => _writer.Value(value);

    public void AppendFormatted(int value) => _writer.Value(value.ToString(CultureInfo.InvariantCulture));

    public void AppendFormatted(Markup markup) => _writer.Literal(markup.Html);
}
