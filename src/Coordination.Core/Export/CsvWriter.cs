namespace Coordination.Core.Export;

/// <summary>
/// RFC 4180 CSV: fields separated by commas, each record ended by CRLF, and a field that holds a comma, a double quote,
/// CR or LF written in double quotes with its own quotes doubled. A field a spreadsheet would read as a formula (one
/// starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or CR) gets a leading single quote, so opening an export
/// never runs what someone typed into a title or a note.
/// </summary>
public static class CsvWriter
{
    public const string NewLine = "\r\n";

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>One record: the fields, escaped and joined by commas, then CRLF. A <c>null</c> field is written empty.</summary>
    public static string Record(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return string.Join(',', fields.Select(Field)) + NewLine;
    }

    /// <summary>One field as it is written: guarded against formula injection, then quoted if it needs to be.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny(NeedsQuotes) < 0 ? safe : $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
