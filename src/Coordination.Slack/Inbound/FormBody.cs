using System.Text;

namespace Coordination.Slack.Inbound;

/// <summary>
/// An <c>application/x-www-form-urlencoded</c> body, as Slack posts slash commands and interactions: each field's
/// values in the order sent, names compared without case ('+' is a space, <c>%XX</c> an escaped byte).
/// </summary>
internal static class FormBody
{
    public static Dictionary<string, List<string>> Parse(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body);
        var fields = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in (text.StartsWith('?') ? text[1..] : text).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            if (!fields.TryGetValue(name, out var values))
            {
                fields[name] = values = [];
            }

            values.Add(value);
        }

        return fields;
    }

    private static string Decode(string encoded) => Uri.UnescapeDataString(encoded.Replace('+', ' '));
}
