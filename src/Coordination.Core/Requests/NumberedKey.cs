using System.Globalization;

namespace Coordination.Core.Requests;

/// <summary>A human key made of a prefix and a number, such as <c>CR-12</c> or <c>D-3</c>, read case-insensitively.</summary>
internal static class NumberedKey
{
    public static string Format(string prefix, int number) => prefix + number.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string prefix, string? text, out int number)
    {
        number = 0;
        var trimmed = text?.Trim();
        return trimmed is not null
            && trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(trimmed.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }
}
